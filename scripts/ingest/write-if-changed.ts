/**
 * Writes a file only when its content differs from what is there: an unchanged page keeps its
 * modification time, so Astro's content layer and rsync-style deploys see nothing to redo.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** True when the file was (re)written. */
export async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await writeFile(file, text);
  return true;
}
