/**
 * Where the archive's articles name an actor or a place, and what it is reported to have said,
 * as the ingest wrote them (`scripts/ingest/write-indexes.ts`): one file per entity, read when
 * its pages are built. The pages of one entity are built in turn, so a small cache suffices.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityMentions } from '../../scripts/ingest/write-indexes.ts';
import { keepRecent } from './keep-recent.ts';
import { workDir, workFiles } from './paths.ts';
import type { EntityKind } from './urls.ts';

export type { EntityMentions };
export type { EntityInArticle, InContext, StatementInArticle } from '../../scripts/ingest/mention-contexts.ts';

const NONE: EntityMentions = { articles: {}, statements: [] };

const readMentions = keepRecent(4, (file) =>
  // An entity the ingest wrote nothing for has no mentions in context to show.
  readFile(file, 'utf8').then((text) => JSON.parse(text) as EntityMentions, () => NONE),
);

export function getEntityMentions(kind: EntityKind, id: string): Promise<EntityMentions> {
  return readMentions(path.join(workFiles(workDir()).mentions, kind, `${id}.json`));
}

let statements: Promise<Record<string, EntityMentions['statements']>> | undefined;

/** Every entity's statements (`actor:<id>` → list), from the one file the ingest writes for the statements export. */
export function getAllStatements(): Promise<Record<string, EntityMentions['statements']>> {
  statements ??= readFile(workFiles(workDir()).statements, 'utf8').then((text) => JSON.parse(text) as Record<string, EntityMentions['statements']>, () => ({}));
  return statements;
}

/** A sentence split around the mention, for marking it: [before, mention, after]. */
export function splitAtMention(context: { sentence: string; start: number; end: number }): [string, string, string] {
  const { sentence, start, end } = context;
  return [sentence.slice(0, start), sentence.slice(start, end), sentence.slice(end)];
}
