/**
 * `npm run ingest [-- --corpus DIR] [--strict]`: source articles → generated MDX archive.
 */
import { stat } from 'node:fs/promises';
import { readCliOptions } from './cli-options.ts';
import { formatSummary, type IngestReport } from './ingest/ingest-report.ts';
import { runIngest } from './ingest/run-ingest.ts';
import { progressReporter } from './progress.ts';

export async function ingestStep(argv: string[]): Promise<{ report: IngestReport; failed: boolean }> {
  const options = readCliOptions(argv);
  const corpus = await stat(options.corpusDir).catch(() => null);
  if (!corpus?.isDirectory()) {
    throw new Error(`expected --corpus to name a folder of articles, found nothing at ${options.corpusDir}. Pass an existing folder, e.g. --corpus content/corpus.`);
  }
  const progress = { read: progressReporter('ingest: read'), print: progressReporter('ingest: print') };
  let stats = '';
  const report = await runIngest({
    ...options,
    onProgress: (step, done, total) => progress[step](done, total),
    onStats: (s) => { stats = `Redone: ${s.filesRead.length} of ${s.files} files read, ${s.pagesPrinted} of ${s.pages} pages printed (citations of ${s.citationsReused} reused), ${s.pagesIndexed} indexed; the rest unchanged since the last run (${s.workers} worker threads).`; },
  });
  console.log(formatSummary(report));
  console.log(stats);
  const failed = options.strict && report.summary.errors > 0;
  if (failed) console.error(`--strict: ${report.summary.errors} errors in the corpus (see above); failing.`);
  return { report, failed };
}

if (import.meta.main) {
  try {
    const { failed } = await ingestStep(process.argv.slice(2));
    process.exitCode = failed ? 1 : 0;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
