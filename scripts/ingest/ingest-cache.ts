/**
 * The ingest's cache: what a source file became (its outcomes, before the corpus-wide steps)
 * and what a page was printed as, each stored under a key digesting everything the result
 * depends on (see cacheKey). A file whose key is unchanged is not read again; a page whose key
 * is unchanged is not printed again. Entries a run did not use are removed at its end.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Hex SHA-256 of the parts, each length-prefixed so that ("ab", "c") ≠ ("a", "bc"). */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`).update(part);
  return hash.digest('hex');
}

export interface IngestCache {
  /** The cached value under `key`, or undefined (a missing or unreadable entry is a miss). */
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Marks an entry as used without reading it (a page known to be on disk as it was printed). */
  keep(key: string): void;
  /** Deletes every entry neither read nor written since the cache was opened. */
  prune(): Promise<number>;
  readonly hits: number;
  readonly misses: number;
}

/** A cache in `dir` (one JSON file per entry, in 256 sub-folders by key prefix). */
export async function openIngestCache(dir: string): Promise<IngestCache> {
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get<T>(key: string) {
      try {
        // Synchronous: a rebuild looks up every file of the corpus, and each asynchronous read
        // (open, stat, read, close through the thread pool) cost more than the read itself.
        const value = JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
        used.add(key);
        hits++;
        return value;
      } catch {
        misses++;
        return undefined;
      }
    },
    async set(key, value) {
      used.add(key);
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), JSON.stringify(value));
    },
    keep(key) {
      used.add(key);
    },
    async prune() {
      let removed = 0;
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isFile() || used.has(entry.name.replace(/\.json$/, ''))) continue;
        await rm(path.join(entry.parentPath, entry.name), { force: true });
        removed++;
      }
      return removed;
    },
    get hits() { return hits; },
    get misses() { return misses; },
  };
}
