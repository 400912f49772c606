/**
 * Merges the pages of an incremental render into the site: each file of `partialDir` replaces
 * its namesake in `siteDir` only when its bytes differ (an unchanged page keeps its file and
 * modification time), and the pages the last build listed and this one does not are removed.
 * Returns the site-relative paths that changed or went, for the search index.
 */
import { readFile, readdir, rename, rm, mkdir, rmdir } from 'node:fs/promises';
import path from 'node:path';

async function filesUnder(dir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)])));
  return nested.flat();
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b).catch(() => null)]);
  return y !== null && x.equals(y);
}

/** Removes `file`'s folder and its parents up to `root` while they are empty. */
async function pruneEmptyFolders(root: string, file: string): Promise<void> {
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
  }
}

export async function mergeSite(partialDir: string, siteDir: string, gone: readonly string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const rel of await filesUnder(partialDir)) {
    const from = path.join(partialDir, rel);
    const to = path.join(siteDir, rel);
    if (await sameBytes(from, to)) continue;
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
    changed.push(rel);
  }
  for (const rel of gone) {
    await rm(path.join(siteDir, rel), { force: true });
    await pruneEmptyFolders(siteDir, path.join(siteDir, rel));
    changed.push(rel);
  }
  await rm(partialDir, { recursive: true, force: true });
  return changed.map((rel) => rel.split(path.sep).join('/'));
}
