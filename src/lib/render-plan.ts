/**
 * Incremental rendering: which pages of a route to build. Each route with many pages hands its
 * paths here with, for each, its output file and the inputs the page reads. The digest of those
 * inputs is recorded (`ARCHIVE_RENDER_MANIFEST`, a folder: one `<route>.json` per route); when
 * scripts/build.ts asks for an incremental build (`ARCHIVE_RENDER_PREVIOUS`: the manifests of the
 * last build; `ARCHIVE_RENDER_SITE`: the site it wrote), only pages whose digest changed or whose
 * output is missing are returned. Without these variables (astro dev, a plain `astro build`)
 * every path is returned and nothing is written. scripts/site-state/ merges the pages into the
 * site and removes those no longer listed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type PageDigests = Record<string, string>;

export function digestOf(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('base64url').slice(0, 22);
}

/** The output file of a page URL (`/a/b/` → `a/b/index.html`) or endpoint (`/data/x.json`). */
export function outputFile(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** Size and modification time of a file the ingest wrote (it rewrites a file only when its text changed). */
export function fileStamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}

function readPrevious(route: string): PageDigests | null {
  const dir = process.env.ARCHIVE_RENDER_PREVIOUS;
  if (!dir) return null;
  try {
    return JSON.parse(readFileSync(path.join(dir, `${route}.json`), 'utf8')) as PageDigests;
  } catch {
    return {};
  }
}

/**
 * The paths of `route` to build: all, or in an incremental build those whose inputs changed
 * since the last build or whose output file is missing. `page` gives a path's output URL and
 * the inputs its page reads (anything else it shows must be in them, or an incremental build
 * would keep a stale page: tests/incremental.test.ts compares with a clean build).
 */
export function pathsToRender<P>(route: string, paths: P[], page: (p: P) => { url: string; inputs: unknown }): P[] {
  const manifestDir = process.env.ARCHIVE_RENDER_MANIFEST;
  if (!manifestDir) return paths;
  const previous = readPrevious(route);
  const site = process.env.ARCHIVE_RENDER_SITE;
  const digests: PageDigests = {};
  const chosen = paths.filter((p) => {
    const { url, inputs } = page(p);
    const file = outputFile(url);
    const digest = digestOf(inputs);
    digests[file] = digest;
    return previous === null || previous[file] !== digest || !site || !existsSync(path.join(site, file));
  });
  mkdirSync(manifestDir, { recursive: true });
  writeFileSync(path.join(manifestDir, `${route}.json`), JSON.stringify(digests));
  return chosen;
}

/**
 * A value every page's digest needs that is costly to compute for the whole corpus (related
 * articles), kept from build to build under a digest of its inputs: in a build run by the build
 * script, when the last build computed it from the same inputs, its stored form is returned,
 * else `compute` runs. Kept beside the route manifests as `<name>.data` (not `.json`, which
 * would list pages). `inputs` must cover everything `compute` reads.
 */
export function keptAcrossBuilds<T>(name: string, inputs: () => unknown, compute: () => T): T {
  const manifestDir = process.env.ARCHIVE_RENDER_MANIFEST;
  if (!manifestDir) return compute();
  const digest = digestOf(inputs());
  const previousDir = process.env.ARCHIVE_RENDER_PREVIOUS;
  let value: T | undefined;
  if (previousDir) {
    try {
      const kept = JSON.parse(readFileSync(path.join(previousDir, `${name}.data`), 'utf8')) as { digest: string; value: T };
      if (kept.digest === digest) value = kept.value;
    } catch {
      // None kept, or unreadable: computed below.
    }
  }
  value ??= compute();
  mkdirSync(manifestDir, { recursive: true });
  writeFileSync(path.join(manifestDir, `${name}.data`), JSON.stringify({ digest, value }));
  return value;
}
