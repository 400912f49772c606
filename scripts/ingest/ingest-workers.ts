/**
 * The per-file work of the ingest (reading a file; printing a page), done either in the main
 * thread or by a pool of worker threads. The corpus-wide steps (recurring lines, duplicates,
 * URLs, entities) stay in the main thread; results come back by task, and callers keep the
 * input order, so the output is the same byte for byte however many workers ran.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../src/schemas/article.ts';
import type { BodyBlock, TextLink } from './article-to-mdx.ts';
import type { SourceFile } from './find-sources.ts';
import type { CuratedFiles } from './ingest-context.ts';
import { ingestFile, type FileOutcome, type IngestContext } from './ingest-file.ts';
import type { ArticleMetadata } from './load-metadata.ts';
import { renderPage, type RenderedPage } from './render-page.ts';
import type { ArticleCitations } from './cite-article.ts';

type Task =
  | { kind: 'read'; source: SourceFile; metadata?: ArticleMetadata }
  | { kind: 'print'; article: Article; body: readonly BodyBlock[]; links?: readonly TextLink[]; citations?: ArticleCitations };
export type WorkerTask = Task & { id: number };

export interface IngestRunner {
  readFile(source: SourceFile, metadata?: ArticleMetadata): Promise<FileOutcome[]>;
  printPage(article: Article, body: readonly BodyBlock[], links?: readonly TextLink[], citations?: ArticleCitations): Promise<RenderedPage>;
  /** Tasks worth keeping queued at once (enough to keep every worker busy). */
  readonly concurrency: number;
  close(): Promise<void>;
}

/** Below this many tasks, starting workers (each loads the NLP model) costs more than it saves. */
export const MIN_TASKS_FOR_WORKERS = 200;

/** One worker per core, but at most 8: past that the main thread's corpus-wide steps dominate. */
export function defaultWorkerCount(): number {
  return Math.min(availableParallelism(), 8);
}

/** The work done in the main thread; without a context it can print pages but not read files. */
export function mainThreadRunner(context?: IngestContext): IngestRunner {
  return {
    readFile: (source, metadata) => {
      if (!context) throw new Error('mainThreadRunner: expected an ingest context to read files, found none; pass loadIngestContext().context.');
      return ingestFile(source, context, metadata);
    },
    printPage: async (article, body, links, citations) => renderPage(article, body, links, citations),
    concurrency: 4,
    close: async () => {},
  };
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; worker: Worker };

export function workerRunner(curated: CuratedFiles, count: number): IngestRunner {
  const IN_FLIGHT = 4; // per worker: a worker never waits for its next task
  const workers = Array.from({ length: count }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { gazetteerFile: curated.gazetteerFile, outletsFile: curated.outletsFile } }));
  const load = new Map(workers.map((w) => [w, 0]));
  const pending = new Map<number, Pending>();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, result, error }: { id: number; result?: never; error?: string }) => {
      const task = pending.get(id)!;
      pending.delete(id);
      load.set(worker, load.get(worker)! - 1);
      if (error === undefined) task.resolve(result!);
      else task.reject(new Error(`ingest worker failed: ${error}`));
    });
    worker.on('error', (error) => {
      for (const [id, task] of pending) if (task.worker === worker) { pending.delete(id); task.reject(error); }
    });
  }
  const run = <T>(task: Task): Promise<T> => {
    const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
    const id = nextId++;
    load.set(worker, load.get(worker)! + 1);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: never) => void, reject, worker });
      worker.postMessage({ ...task, id });
    });
  };
  return {
    readFile: (source, metadata) => run({ kind: 'read', source, metadata }),
    printPage: (article, body, links, citations) => run({ kind: 'print', article, body, links, citations }),
    concurrency: count * IN_FLIGHT,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Where a batch of tasks runs: a worker pool when the batch is large enough to pay for starting
 * it (started once, then reused), the main thread otherwise (e.g. a rebuild after one change). */
export interface RunnerChoice {
  forTasks(count: number): IngestRunner;
  /** Worker threads started so far. */
  readonly started: number;
  close(): Promise<void>;
}

export function chooseRunner(context: IngestContext, curated: CuratedFiles, workers: number, minTasks = MIN_TASKS_FOR_WORKERS): RunnerChoice {
  const main = mainThreadRunner(context);
  let pool: IngestRunner | undefined;
  return {
    forTasks(count) {
      if (workers === 0 || count === 0 || count < minTasks) return main;
      pool ??= workerRunner(curated, workers);
      return pool;
    },
    get started() { return pool ? workers : 0; },
    close: async () => { await pool?.close(); },
  };
}
