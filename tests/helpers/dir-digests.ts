/** Every file under `dir`, by path relative to it, with the SHA-256 of its bytes, in path order: two sites compare byte for byte. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function dirDigests(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(files.map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const;
  }));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
