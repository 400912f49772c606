/**
 * Writes the generated archive: one MDX page per article (validated against the article
 * schema first), the entity lists, and the report. Pages left from an earlier run whose
 * article is gone are deleted, so the site never shows an article the corpus no longer has.
 * A file whose content is unchanged is not rewritten (it keeps its modification time), and a
 * page whose input is unchanged since the last run is taken from the cache, not printed again.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { workFiles } from '../../src/lib/paths.ts';
import { ARCHIVE_NAME, siteUrl } from '../../src/lib/site.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import type { BodyBlock, TextLink } from './article-to-mdx.ts';
import type { Redirect } from './assign-urls.ts';
import { citableOf, type ArticleCitations } from './cite-article.ts';
import { contentDigest } from './content-digest.ts';
import type { CollectedEntities } from './collect-entities.ts';
import { diagnostic } from './diagnostics.ts';
import { cacheKey, type IngestCache } from './ingest-cache.ts';
import type { FileOutcome } from './ingest-file.ts';
import { mainThreadRunner, type RunnerChoice } from './ingest-workers.ts';
import { mapInOrder } from './map-in-order.ts';
import { json, type RenderedPage } from './render-page.ts';
import type { RegisteredArticle, RegisteredEntity } from './url-registry.ts';
import { writeIfChanged } from './write-if-changed.ts';
import { pageTextDigest, readPageDigests, trustedDigest, type PageDigests } from '../../src/lib/page-digests.ts';
import { fileStamp } from '../../src/lib/render-plan.ts';
import { stepTimer } from '../step-timings.ts';
import { firstMentions } from './mention-contexts.ts';
import { writeIndexes, type IndexStats } from './write-indexes.ts';
import { entityUrl, type EntityKind } from '../../src/lib/urls.ts';

/** A printed page's two files, as the page cache keeps them (its citations are in the record). */
type PrintedFiles = Pick<RenderedPage, 'mdx' | 'record'>;

export interface WrittenArchive {
  /** Source file → id of the page written for it. */
  pages: Map<string, string>;
  /** Pages printed this time (the others came from the cache). */
  printed: number;
  /** Of those, pages whose citations came from the cache (their bibliographic fields unchanged). */
  citationsReused: number;
  /** Articles whose mention and date index entries were computed this time. */
  indexed: IndexStats['indexed'];
  writeReport: (report: unknown) => Promise<void>;
}

export interface PagePrinting {
  /** Where pages are printed (main thread or workers); default: the main thread. */
  runners?: RunnerChoice;
  cache?: IngestCache | null;
  codeDigest?: string;
  /** Digest of the citation code (`citationCodeDigest`): citations are cached under it and their input. */
  citationDigest?: string;
  onProgress?: (done: number, total: number) => void;
}

export async function writeArchive(
  dir: string,
  outcomes: readonly FileOutcome[],
  duplicates: ReadonlyMap<string, string>,
  entities: CollectedEntities,
  kept: { redirects: Redirect[]; withdrawn: RegisteredArticle[]; retired: RegisteredEntity[] },
  printing: PagePrinting = {},
): Promise<WrittenArchive> {
  const lap = stepTimer('write archive');
  const files = workFiles(dir);
  await mkdir(files.articles, { recursive: true });
  await mkdir(files.records, { recursive: true });
  /** `json`: the article as JSON, for its print key and the catalogue (stringified once, not twice: ≈ 0.3 s at 20,000). */
  const valid: { article: Article; json: string; body: readonly BodyBlock[]; content: string; links: TextLink[]; sourceFile: string }[] = [];
  const indexed: Parameters<typeof writeIndexes>[1][number][] = [];
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
    valid.push({ article: checked.data, json: JSON.stringify(checked.data), body: outcome.article.body, content: contentDigest(outcome.article), links, sourceFile: outcome.sourceFile });
    indexed.push({ id: checked.data.id, article: outcome.article });
  }
  lap('validate, first mentions');
  const siteURL = siteUrl();
  const site = siteURL.href;
  // The page depends on the article, its body (in its content digest), the site URL (citations) and the code.
  const keyOf = (v: (typeof valid)[number]) => printing.cache ? cacheKey(printing.codeDigest ?? '', 'print', site, v.json, v.content, JSON.stringify(v.links)) : null;
  // Each page is written as soon as it is printed (or found in the cache) and not kept: holding
  // every page until all are printed held the whole archive's text in memory at once. Only files
  // whose text changed are written: the others keep their modification time.
  const lastWritten = readPageDigests(files.pageDigests);
  const written: PageDigests = {};
  const fileOf = (id: string) => ({ mdx: path.join(files.articles, `${id}.mdx`), record: path.join(files.records, `${id}.json`) });
  const write = async (article: Article, page: PrintedFiles, key: string | null) => {
    const file = fileOf(article.id);
    await writeIfChanged(file.mdx, page.mdx);
    await writeIfChanged(file.record, page.record);
    written[article.id] = { key, digest: pageTextDigest(page.mdx, page.record), mdx: fileStamp(file.mdx), record: fileStamp(file.record) };
  };
  // A page printed again for a change that leaves its bibliographic fields as they were (a rule,
  // the gazetteer, its text) keeps its citations: citeproc is most of what printing costs. Every
  // page's citation entry is kept, so the next such change finds them all.
  const citeKeyOf = (article: Article) => printing.cache && printing.citationDigest ? cacheKey(printing.citationDigest, 'cite', JSON.stringify(citableOf(article, siteURL, ARCHIVE_NAME))) : null;
  const looked = await mapInOrder(valid, 16, async (v) => {
    const key = keyOf(v);
    const citeKey = citeKeyOf(v.article);
    // Printed from the same key last time and both files untouched since: nothing to read or write.
    const file = fileOf(v.article.id);
    const same = key && lastWritten[v.article.id]?.key === key ? trustedDigest(lastWritten[v.article.id], file.mdx, file.record) : null;
    if (same) {
      printing.cache!.keep(key!);
      if (citeKey) printing.cache!.keep(citeKey);
      written[v.article.id] = same;
      return { ...v, key, citeKey, cached: true };
    }
    const page = key ? await printing.cache!.get<PrintedFiles>(key) : undefined;
    if (page) await write(v.article, page, key);
    if (page && citeKey) printing.cache!.keep(citeKey);
    return { ...v, key, citeKey, cached: page !== undefined };
  });
  lap('cached pages');
  const missing = looked.filter((l) => !l.cached);
  const runner = printing.runners?.forTasks(missing.length) ?? mainThreadRunner();
  let done = valid.length - missing.length;
  let citationsReused = 0;
  await mapInOrder(missing, runner.concurrency, async (l) => {
    const cached = l.citeKey ? await printing.cache!.get<ArticleCitations>(l.citeKey) : undefined;
    // An entry of another shape (a file edited or cut short) is printed again, not trusted.
    const citations = cached && typeof cached.inText === 'string' && typeof cached.formats === 'object' && cached.formats !== null ? cached : undefined;
    if (citations) citationsReused++;
    const page = await runner.printPage(l.article, l.body, l.links, citations);
    if (l.citeKey && !citations) await printing.cache!.set(l.citeKey, page.citations);
    if (l.key) await printing.cache!.set(l.key, { mdx: page.mdx, record: page.record } satisfies PrintedFiles);
    await write(l.article, page, l.key);
    printing.onProgress?.(++done, valid.length);
  });
  lap('printed pages');
  const pages = new Map(valid.map((v) => [v.sourceFile, v.article.id]));
  for (const [dir, ext] of [[files.articles, '.mdx'], [files.records, '.json']] as const) {
    const keep = new Set([...pages.values()].map((id) => `${id}${ext}`));
    for (const name of await readdir(dir)) if (!keep.has(name)) await rm(path.join(dir, name), { force: true });
  }
  lap('stale files');
  await writeIfChanged(files.pageDigests, JSON.stringify(Object.fromEntries(Object.entries(written).sort(([a], [b]) => (a < b ? -1 : 1)))));
  const indexStats = await writeIndexes(dir, indexed, printing.cache ? printing.codeDigest : undefined);
  lap('mention and date indexes');
  // The site reads every article's metadata from this one file (src/lib/paths.ts).
  // One article per line: the site digests each line as read, instead of turning every article into JSON again.
  await writeIfChanged(files.catalogue, [...valid].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)).map((v) => `${v.json}\n`).join(''));
  await writeIfChanged(files.actors, json(entities.actors));
  await writeIfChanged(files.places, json(entities.places));
  await writeIfChanged(files.heldBack, json(entities.heldBack));
  await writeIfChanged(files.redirects, json(kept.redirects));
  await writeIfChanged(files.withdrawn, json(kept.withdrawn));
  await writeIfChanged(files.retired, json(kept.retired));
  return { pages, printed: missing.length, citationsReused, indexed: indexStats.indexed, writeReport: async (report) => { await writeIfChanged(files.report, json(report)); } };
}
