/**
 * Digest of everything that decides how the site renders its data: the site's code (src/,
 * public/, astro.config.mjs, the ingest modules src/ imports), the locked dependencies and the
 * settings read from the environment. When it changes, every page is rendered again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/progress.ts', 'scripts/ingest/write-indexes.ts', 'scripts/ingest/mention-contexts.ts'];

async function filesUnder(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => null);
  if (entries === null) return [rel];
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(root, path.join(rel, e.name)) : [path.join(rel, e.name)])));
  return nested.flat();
}

export async function siteCodeDigest(root: string, settings: Record<string, string | undefined>): Promise<string> {
  const files = (await Promise.all(SITE_CODE.map((rel) => filesUnder(root, rel)))).flat().sort();
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.from('missing')));
  }
  return hash.digest('hex');
}
