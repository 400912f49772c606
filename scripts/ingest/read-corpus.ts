/**
 * Every article file of the corpus → its outcomes, in corpus order. A file whose bytes,
 * metadata and ingest code (codeDigest) are unchanged since the last run is taken from the
 * cache instead of being read again; the others go to a runner (main thread or workers).
 */
import { readFileSync } from 'node:fs';
import type { SourceFile } from './find-sources.ts';
import { cacheKey, type IngestCache } from './ingest-cache.ts';
import type { FileOutcome } from './ingest-file.ts';
import type { RunnerChoice } from './ingest-workers.ts';
import type { CorpusMetadata } from './load-metadata.ts';
import { mapInOrder } from './map-in-order.ts';
import { stepTimer } from '../step-timings.ts';

export interface ReadCorpusOptions {
  runners: RunnerChoice;
  /** Null: read every file (no cache). */
  cache: IngestCache | null;
  codeDigest: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadCorpus {
  /** Every file's outcomes, in corpus order. */
  outcomes: FileOutcome[];
  /** The files actually read this time (the others came from the cache). */
  read: string[];
}

/** The file's bytes, or null when it cannot be read. Synchronous, as the cache's reads (ingest-cache.ts). */
function readBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

export async function readCorpus(sources: readonly SourceFile[], metadata: CorpusMetadata, options: ReadCorpusOptions): Promise<ReadCorpus> {
  const lap = stepTimer('read');
  const { cache } = options;
  // First what the cache has (files changed since the last run are its misses)…
  const looked = await mapInOrder(sources, 16, async (source) => {
    const stated = metadata.byArticle.get(source.relativePath);
    // Unreadable bytes: no key; the runner reads the file and reports why it failed.
    const bytes = cache && source.supported ? readBytes(source.absolutePath) : null;
    const key = bytes && cacheKey(options.codeDigest, 'read', source.relativePath, source.format ?? '', JSON.stringify(stated ?? null), bytes);
    return { source, stated, key, outcomes: key ? await cache!.get<FileOutcome[]>(key) : undefined };
  });
  lap('cache lookups');
  // …then the rest is read, by workers when there are enough of them.
  const missing = looked.filter((l) => !l.outcomes);
  const runner = options.runners.forTasks(missing.length);
  let done = sources.length - missing.length;
  await mapInOrder(missing, runner.concurrency, async (l) => {
    l.outcomes = await runner.readFile(l.source, l.stated);
    // Stored now, before the corpus-wide steps change the outcomes in place.
    if (l.key) await cache!.set(l.key, l.outcomes);
    options.onProgress?.(++done, sources.length);
  });
  // Unsupported files are only reported, never read: not counted as work.
  return { outcomes: looked.flatMap((l) => l.outcomes!), read: missing.filter((l) => l.source.supported).map((l) => l.source.relativePath) };
}
