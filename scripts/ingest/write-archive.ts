/**
 * Writes the generated archive: one MDX page per article (validated against the article
 * schema first), the entity lists, and the report. Pages left from an earlier run whose
 * article is gone are deleted, so the site never shows an article the corpus no longer has.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workFiles } from '../../src/lib/paths.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { articleToMdx } from './article-to-mdx.ts';
import { anchorBody } from './paragraph-anchors.ts';
import { citeArticle } from './cite-article.ts';
import { ARCHIVE_NAME, siteUrl } from '../../src/lib/site.ts';
import type { Redirect } from './assign-urls.ts';
import type { CollectedEntities } from './collect-entities.ts';
import type { RegisteredArticle, RegisteredEntity } from './url-registry.ts';
import { diagnostic } from './diagnostics.ts';
import { firstMentions } from './mention-contexts.ts';
import { collectIndexes } from './write-indexes.ts';
import { entityUrl, type EntityKind } from '../../src/lib/urls.ts';
import type { FileOutcome } from './ingest-file.ts';

export interface WrittenArchive {
  /** Source file → id of the page written for it. */
  pages: Map<string, string>;
  writeReport: (report: unknown) => Promise<void>;
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export async function writeArchive(
  dir: string,
  outcomes: readonly FileOutcome[],
  duplicates: ReadonlyMap<string, string>,
  entities: CollectedEntities,
  kept: { redirects: Redirect[]; withdrawn: RegisteredArticle[]; retired: RegisteredEntity[] },
): Promise<WrittenArchive> {
  const files = workFiles(dir);
  await mkdir(files.articles, { recursive: true });
  await mkdir(files.records, { recursive: true });
  const pages = new Map<string, string>();
  const indexes = collectIndexes();
  const idOf = new Map(outcomes.flatMap((o) => (o.article?.data ? [[o.sourceFile, o.article.data.id] as const] : [])));
  for (const outcome of outcomes) {
    if (!outcome.article || duplicates.has(outcome.sourceFile)) continue;
    const sameStory = (outcome.article.sameStory ?? []).flatMap((file) => idOf.get(file) ?? []);
    const checked = articleSchema.safeParse({ ...(outcome.article.data ?? outcome.article.draft), ...(sameStory.length > 0 && { sameStory }) });
    if (!checked.success) {
      const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      outcome.diagnostics.push(diagnostic('invalid-metadata', 'error', `the extracted metadata does not fit the article schema (${problems})`, 'This is a bug in the ingest, not in the file: please report it with the file attached.'));
      continue;
    }
    // The first mention of each actor and place in the text links to its page.
    const links = firstMentions(outcome.article.mentions).map((m) => {
      const [kind, id] = m.key.split(':') as [EntityKind, string];
      return { block: m.block, start: m.start, end: m.end, url: entityUrl(kind, id) };
    });
    await writeFile(path.join(files.articles, `${checked.data.id}.mdx`), articleToMdx(checked.data, outcome.article.body, links));
    indexes.add(checked.data.id, outcome.article);
    // The body as data (paragraph text with its anchor) and the citations, for the page and the export.
    const record = { paragraphs: anchorBody(outcome.article.body), citations: citeArticle(checked.data, siteUrl(), ARCHIVE_NAME) };
    await writeFile(path.join(files.records, `${checked.data.id}.json`), json(record));
    pages.set(outcome.sourceFile, checked.data.id);
  }
  for (const [dir, ext] of [[files.articles, '.mdx'], [files.records, '.json']] as const) {
    const keep = new Set([...pages.values()].map((id) => `${id}${ext}`));
    for (const name of await readdir(dir)) if (!keep.has(name)) await rm(path.join(dir, name), { force: true });
  }
  await indexes.write(dir);
  await writeFile(files.actors, json(entities.actors));
  await writeFile(files.places, json(entities.places));
  await writeFile(files.redirects, json(kept.redirects));
  await writeFile(files.withdrawn, json(kept.withdrawn));
  await writeFile(files.retired, json(kept.retired));
  return { pages, writeReport: (report) => writeFile(files.report, json(report)) };
}
