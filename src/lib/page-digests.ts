/**
 * What the ingest last wrote for each article (`page-digests.json` in the work folder): a digest
 * of the page's MDX and record texts, the print key they came from, and each file's size and
 * modification time. The next ingest and the article loader trust an entry only while both
 * files still carry those stamps, so they can tell an unchanged page without reading it (at
 * 20,000 articles: 40,000 file reads per rebuild, in each of the two steps). Anything else,
 * a missing entry or a file touched since, falls back to reading the files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileStamp } from './render-plan.ts';

export interface PageDigest {
  /** The ingest's print key of the page (null without a cache). */
  key: string | null;
  /** pageTextDigest of the two files' texts. */
  digest: string;
  /** fileStamp of the MDX page and of the record. */
  mdx: string;
  record: string;
}

export type PageDigests = Record<string, PageDigest>;

/** The same digest whether the texts were just written or read back from the files. */
export function pageTextDigest(mdx: string, record: string): string {
  return createHash('sha256').update(mdx).update('\0').update(record).digest('base64url');
}

export function readPageDigests(file: string): PageDigests {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageDigests;
  } catch {
    return {};
  }
}

/** The entry of a page when both its files are as the ingest left them, else null. */
export function trustedDigest(entry: PageDigest | undefined, mdxFile: string, recordFile: string): PageDigest | null {
  return entry && entry.mdx === fileStamp(mdxFile) && entry.record === fileStamp(recordFile) ? entry : null;
}
