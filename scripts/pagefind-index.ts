/**
 * Builds the Pagefind search index of a rendered site. Pagefind's Node API reports problems as
 * `errors` arrays rather than exceptions: every one is checked, and the service is closed in
 * `finally` so a failed build does not leave its process running.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

/** Pages in the written index (only pages with `data-pagefind-body`: the articles). */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes `siteDir` into `siteDir/pagefind/`; returns the number of pages indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    check('addDirectory', added.errors);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return await indexedPageCount(outputPath);
  } finally {
    await pagefind.close();
  }
}
