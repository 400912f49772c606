/**
 * What the build keeps between runs in the work folder (`site-state/`), so the next build
 * renders and indexes only what changed: the site code digest and site folder of the last
 * render, each route's page digests, the pages changed since the last index, the search shards.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export const siteStateFiles = (workDir: string) => {
  const dir = path.join(workDir, 'site-state');
  return {
    dir,
    /** `{ code, outDir }` of the last successful render. */
    render: path.join(dir, 'render.json'),
    /** Page digests of the last render, `<route>.json` each (src/lib/render-plan.ts). */
    pages: path.join(dir, 'pages'),
    /** Page digests the running render writes. */
    nextPages: path.join(dir, 'pages-next'),
    /** An incremental render's pages, before they are merged into the site. */
    partialSite: path.join(dir, 'partial-site'),
    /** Site files changed since the search index was last written. */
    pendingIndex: path.join(dir, 'index-pending.json'),
    shards: path.join(dir, 'search-shards.json'),
  };
};

export interface PendingIndex {
  /** Index every shard (after a full render). */
  all: boolean;
  paths: string[];
}

export async function readPendingIndex(workDir: string): Promise<PendingIndex> {
  return JSON.parse(await readFile(siteStateFiles(workDir).pendingIndex, 'utf8').catch(() => '{"all":true,"paths":[]}')) as PendingIndex;
}

export async function writePendingIndex(workDir: string, pending: PendingIndex): Promise<void> {
  await mkdir(siteStateFiles(workDir).dir, { recursive: true });
  await writeFile(siteStateFiles(workDir).pendingIndex, JSON.stringify(pending));
}
