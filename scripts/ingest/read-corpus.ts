/**
 * Every article file of the corpus → its outcomes, in corpus order. A file whose bytes,
 * metadata and ingest code (codeDigest) are unchanged since the last run is taken from the
 * cache instead of being read again; the others go to the runner (main thread or workers).
 */
import { readFile } from 'node:fs/promises';
import type { SourceFile } from './find-sources.ts';
import { cacheKey, type IngestCache } from './ingest-cache.ts';
import type { FileOutcome } from './ingest-file.ts';
import type { IngestRunner } from './ingest-workers.ts';
import type { CorpusMetadata } from './load-metadata.ts';
import { mapInOrder } from './map-in-order.ts';

export interface ReadCorpusOptions {
  runner: IngestRunner;
  /** Null: read every file (no cache). */
  cache: IngestCache | null;
  codeDigest: string;
  onProgress?: (done: number, total: number) => void;
}

export async function readCorpus(sources: readonly SourceFile[], metadata: CorpusMetadata, options: ReadCorpusOptions): Promise<FileOutcome[]> {
  let done = 0;
  const perFile = await mapInOrder(sources, options.runner.concurrency, async (source) => {
    const stated = metadata.byArticle.get(source.relativePath);
    // Unreadable bytes: no key; the runner reads the file and reports why it failed.
    const bytes = options.cache && source.supported ? await readFile(source.absolutePath).catch(() => null) : null;
    const key = bytes && cacheKey(options.codeDigest, 'read', source.relativePath, source.format ?? '', JSON.stringify(stated ?? null), bytes);
    let outcomes = key ? await options.cache!.get<FileOutcome[]>(key) : undefined;
    if (!outcomes) {
      outcomes = await options.runner.readFile(source, stated);
      // Stored now, before the corpus-wide steps change the outcomes in place.
      if (key) await options.cache!.set(key, outcomes);
    }
    options.onProgress?.(++done, sources.length);
    return outcomes;
  });
  return perFile.flat();
}
