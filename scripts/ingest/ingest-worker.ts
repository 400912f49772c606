/**
 * An ingest worker thread (see ingest-workers.ts): loads the curated context once, then reads
 * files and prints pages on request. A failure is sent back with its stack, never swallowed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadIngestContext, type CuratedFiles } from './ingest-context.ts';
import { ingestFile } from './ingest-file.ts';
import { renderPage } from './render-page.ts';
import type { WorkerTask } from './ingest-workers.ts';

const { context } = await loadIngestContext(workerData as CuratedFiles);

parentPort!.on('message', async (task: WorkerTask) => {
  try {
    const result = task.kind === 'read' ? await ingestFile(task.source, context, task.metadata) : renderPage(task.article, task.body, task.links, task.citations);
    parentPort!.postMessage({ id: task.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: (error as Error).stack ?? String(error) });
  }
});
