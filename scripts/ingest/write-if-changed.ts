/**
 * Writes a file only when its content differs from what is there: an unchanged page keeps its
 * modification time, so Astro's content layer and rsync-style deploys see nothing to redo.
 */
import { readFile, writeFile } from 'node:fs/promises';

/**
 * True when the file was (re)written. `current`: the file's text as the caller has just read it
 * (null: there is none), so a file of many megabytes is not read a second time to compare.
 */
export async function writeIfChanged(file: string, text: string, current?: string | null): Promise<boolean> {
  if (current === undefined) current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await writeFile(file, text);
  return true;
}
