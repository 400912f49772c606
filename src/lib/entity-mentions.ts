/**
 * Where the archive's articles name an actor or a place, and what it is reported to have said,
 * as the ingest wrote them (`scripts/ingest/write-indexes.ts`): one file per entity, read when
 * its pages are built. The pages of one entity are built in turn, so a small cache suffices.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityMentions } from '../../scripts/ingest/write-indexes.ts';
import { workDir, workFiles } from './paths.ts';
import type { EntityKind } from './urls.ts';

export type { EntityMentions };
export type { EntityInArticle, InContext, StatementInArticle } from '../../scripts/ingest/mention-contexts.ts';

const cache = new Map<string, Promise<EntityMentions>>();
const KEPT = 4;
const NONE: EntityMentions = { articles: {}, statements: [] };

export function getEntityMentions(kind: EntityKind, id: string): Promise<EntityMentions> {
  const key = `${kind}:${id}`;
  let found = cache.get(key);
  if (!found) {
    const file = path.join(workFiles(workDir()).mentions, kind, `${id}.json`);
    // An entity named only in a headline has no file: it has no mentions in a body to show.
    found = readFile(file, 'utf8').then((text) => JSON.parse(text) as EntityMentions, () => NONE);
    cache.set(key, found);
    if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  }
  return found;
}

/** A sentence split around the mention, for marking it: [before, mention, after]. */
export function splitAtMention(context: { sentence: string; start: number; end: number }): [string, string, string] {
  const { sentence, start, end } = context;
  return [sentence.slice(0, start), sentence.slice(start, end), sentence.slice(end)];
}
