/**
 * The ingest, as a list of named steps: corpus folder in, generated archive out (one MDX page
 * per article, the entity lists, and a report that accounts for every source file).
 */
import { findSources } from './find-sources.ts';
import { loadGazetteer } from './gazetteer.ts';
import { buildEntityIndex } from './find-entities.ts';
import { loadOutlets } from './find-outlet.ts';
import { ingestFile, type FileOutcome } from './ingest-file.ts';
import { markDuplicates } from './mark-duplicates.ts';
import { collectEntities } from './collect-entities.ts';
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
  /** Called after each file, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  // Load the curated data the extractors resolve against.
  const [gazetteer, outlets] = await Promise.all([loadGazetteer(options.gazetteerFile), loadOutlets(options.outletsFile)]);
  const context = { entityIndex: buildEntityIndex(gazetteer), outlets };
  // List the corpus, supported or not: every file must end in the report.
  const sources = await findSources(options.corpusDir);
  // Read each file into an article or a rejection.
  const outcomes: FileOutcome[] = [];
  for (const source of sources) {
    outcomes.push(await ingestFile(source, context));
    options.onProgress?.(outcomes.length, sources.length);
  }
  // The same story saved twice becomes one page; the copy is reported, not dropped silently.
  const duplicates = markDuplicates(outcomes);
  // Merge per-article entities into the archive's actors and places.
  const entities = collectEntities(outcomes, gazetteer);
  // Validate and write pages, entity lists and the report.
  const written = await writeArchive(options.workDir, outcomes, duplicates, entities);
  const report = buildReport(outcomes, duplicates, written);
  await written.writeReport(report);
  return report;
}
