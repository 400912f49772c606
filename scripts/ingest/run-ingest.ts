/**
 * The ingest, as a list of named steps: corpus folder in, generated archive out (one MDX page
 * per article, the entity lists, redirects, and a report that accounts for every source file).
 */
import path from 'node:path';
import { findCorpusFiles } from './find-sources.ts';
import { loadMetadata } from './load-metadata.ts';
import { loadIngestContext } from './ingest-context.ts';
import { citationCodeDigest, ingestCodeDigest } from './code-digest.ts';
import { openIngestCache } from './ingest-cache.ts';
import { chooseRunner, defaultWorkerCount } from './ingest-workers.ts';
import { readCorpus } from './read-corpus.ts';
import { markDuplicates } from './mark-duplicates.ts';
import { groupSpellingVariants } from './group-spelling-variants.ts';
import { removeRecurringLines } from './recurring-lines.ts';
import { assignUrls } from './assign-urls.ts';
import { collectEntities } from './collect-entities.ts';
import { reconcileEntities } from './reconcile-entities.ts';
import { loadRegistry, saveRegistry } from './url-registry.ts';
import { writeArchive } from './write-archive.ts';
import { buildReport, type IngestReport } from './ingest-report.ts';
import { stepTimer } from '../step-timings.ts';

/** The ingest's steps that report progress: reading the files, printing the pages. */
export type IngestStep = 'read' | 'print';

export interface IngestOptions {
  /** Folder of source articles, read recursively. */
  corpusDir: string;
  /** Folder the generated archive is written to (emptied of stale pages first). */
  workDir: string;
  /** Curated gazetteer (YAML). */
  gazetteerFile: string;
  /** Curated outlet list (YAML). */
  outletsFile: string;
  /** The corpus's URL registry (JSON, committed with the corpus); created if missing. */
  registryFile: string;
  /** The date recorded for new and changed articles (YYYY-MM-DD). */
  today: string;
  /** Worker threads for the per-file work; 0 = all in the main thread. Default: one per core
   * (at most 8); started only for batches of at least MIN_TASKS_FOR_WORKERS files or pages. */
  workers?: number;
  /** Reuse unchanged results of the last run (kept in `workDir/ingest-cache`); default true. */
  cache?: boolean;
  /** Called after each file read and each page printed, for progress output. */
  onProgress?: (step: IngestStep, done: number, total: number) => void;
  /** Called at the end with what was redone and what was reused. */
  onStats?: (stats: IngestStats) => void;
}

export interface IngestStats {
  /** Worker threads started (0: everything ran in the main thread). */
  workers: number;
  /** Files read this time; the others' results came from the cache. */
  filesRead: string[];
  /** Pages printed this time, of `pages`. */
  pagesPrinted: number;
  /** Of those, pages whose citations were not printed again (only their text or entities changed). */
  citationsReused: number;
  pages: number;
  /** Pages whose mention and date index entries were computed this time, of `pages`. */
  pagesIndexed: number;
  files: number;
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const lap = stepTimer('ingest');
  // Load the curated data the extractors resolve against, and the URLs published so far.
  const [{ gazetteer, context }, registry, codeDigest, citationDigest] = await Promise.all([
    loadIngestContext(options),
    loadRegistry(options.registryFile),
    ingestCodeDigest(options),
    citationCodeDigest(),
  ]);
  lap('context');
  const cache = options.cache === false ? null : await openIngestCache(path.join(options.workDir, 'ingest-cache'));
  // List the corpus, supported or not: every file must end in the report.
  const files = await findCorpusFiles(options.corpusDir, { ignore: [options.registryFile] });
  // Metadata supplied beside the articles (manifest, sidecars) overrides what the text says.
  const metadata = await loadMetadata(files);
  // An explicit worker count is used for any batch; the default only for batches worth it.
  const runners = chooseRunner(context, options, options.workers ?? defaultWorkerCount(), options.workers === undefined ? undefined : 1);
  try {
    // Read each file into articles or rejections (unchanged files: from the cache).
    const { outcomes, read } = await readCorpus(files.articles, metadata, { runners, cache, codeDigest, onProgress: (done, total) => options.onProgress?.('read', done, total) });
    lap('read');
    // Short lines that recur across the corpus are page template, not story.
    removeRecurringLines(outcomes);
    lap('recurring lines');
    // The same story saved twice becomes one page; the copy is reported, not dropped silently.
    const duplicates = markDuplicates(outcomes);
    lap('duplicates');
    // A discovered person spelt differently in different articles ("Pashinian"/"Pashinyan") gets one id.
    groupSpellingVariants(outcomes);
    lap('spelling variants');
    // Permanent ids and URLs; earlier URLs become redirects, vanished articles notices.
    const articles = assignUrls(outcomes, duplicates, registry, options.today);
    lap('urls');
    // Merge per-article entities into actors and places; keep their old URLs answering.
    const entities = collectEntities(outcomes, duplicates, gazetteer);
    const reconciled = reconcileEntities(articles.registry, [...entities.actors, ...entities.places], gazetteer, options.today);
    lap('entities');
    // Validate and write pages (unchanged ones: not rewritten), entity lists, redirects and the report; then the registry.
    const written = await writeArchive(options.workDir, outcomes, duplicates, entities, {
      redirects: [...articles.redirects, ...reconciled.redirects],
      withdrawn: articles.withdrawn,
      retired: reconciled.retired,
    }, { runners, cache, codeDigest, citationDigest, onProgress: (done, total) => options.onProgress?.('print', done, total) });
    lap('write archive');
    const report = buildReport(outcomes, duplicates, written, metadata.problems);
    await written.writeReport(report);
    await saveRegistry(options.registryFile, reconciled.registry);
    lap('report, registry');
    // Entries for files and pages that are gone would only grow the cache.
    await cache?.prune();
    lap('prune');
    options.onStats?.({ workers: runners.started, filesRead: read, pagesPrinted: written.printed, citationsReused: written.citationsReused, pagesIndexed: written.indexed, pages: written.pages.size, files: files.articles.length });
    return report;
  } finally {
    await runners.close();
  }
}
