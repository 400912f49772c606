/**
 * The ingest, as a list of named steps: corpus folder in, generated archive out (one MDX page
 * per article, the entity lists, redirects, and a report that accounts for every source file).
 */
import { findCorpusFiles } from './find-sources.ts';
import { loadMetadata } from './load-metadata.ts';
import { loadGazetteer } from './gazetteer.ts';
import { withCoordinates } from './place-coordinates.ts';
import { buildEntityIndex } from './find-entities.ts';
import { loadOutlets } from './find-outlet.ts';
import { ingestFile, type FileOutcome } from './ingest-file.ts';
import { markDuplicates } from './mark-duplicates.ts';
import { removeRecurringLines } from './recurring-lines.ts';
import { assignUrls } from './assign-urls.ts';
import { collectEntities } from './collect-entities.ts';
import { reconcileEntities } from './reconcile-entities.ts';
import { loadRegistry, saveRegistry } from './url-registry.ts';
import { writeArchive } from './write-archive.ts';
import { buildReport, type IngestReport } from './ingest-report.ts';

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
  /** Called after each file, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  // Load the curated data the extractors resolve against, and the URLs published so far.
  const [gazetteer, outlets, registry] = await Promise.all([
    loadGazetteer(options.gazetteerFile),
    loadOutlets(options.outletsFile),
    loadRegistry(options.registryFile),
  ]);
  const context = { entityIndex: buildEntityIndex(gazetteer), outlets };
  // List the corpus, supported or not: every file must end in the report.
  const files = await findCorpusFiles(options.corpusDir, { ignore: [options.registryFile] });
  // Metadata supplied beside the articles (manifest, sidecars) overrides what the text says.
  const metadata = await loadMetadata(files);
  // Read each file into articles or rejections.
  const outcomes: FileOutcome[] = [];
  for (const [i, source] of files.articles.entries()) {
    outcomes.push(...(await ingestFile(source, context, metadata.byArticle.get(source.relativePath))));
    options.onProgress?.(i + 1, files.articles.length);
  }
  // Short lines that recur across the corpus are page template, not story.
  removeRecurringLines(outcomes);
  // The same story saved twice becomes one page; the copy is reported, not dropped silently.
  const duplicates = markDuplicates(outcomes);
  // Permanent ids and URLs; earlier URLs become redirects, vanished articles notices.
  const articles = assignUrls(outcomes, duplicates, registry, options.today);
  // Merge per-article entities into actors and places; keep their old URLs answering.
  const entities = withCoordinates(collectEntities(outcomes, duplicates, gazetteer), gazetteer);
  const reconciled = reconcileEntities(articles.registry, [...entities.actors, ...entities.places], gazetteer, options.today);
  // Validate and write pages, entity lists, redirects and the report; then the registry.
  const written = await writeArchive(options.workDir, outcomes, duplicates, entities, {
    redirects: [...articles.redirects, ...reconciled.redirects],
    withdrawn: articles.withdrawn,
    retired: reconciled.retired,
  });
  const report = buildReport(outcomes, duplicates, written, metadata.problems);
  await written.writeReport(report);
  await saveRegistry(options.registryFile, reconciled.registry);
  return report;
}
