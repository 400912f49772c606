/**
 * The render step, incremental when it can be: when the site code is unchanged since the last
 * render into the same folder, Astro builds only the pages whose inputs changed (see
 * src/lib/render-plan.ts) into a scratch folder, which is merged into the site; pages no route
 * lists any more are removed. Otherwise (or with `full`), Astro builds every page into the site.
 * Either way each route's page digests are kept for the next build, and the changed files are
 * recorded for the index step.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { mergeSite } from './merge-site.ts';
import { siteCodeDigest } from './site-code-digest.ts';
import { readPendingIndex, siteStateFiles, writePendingIndex } from './site-state-files.ts';

export interface RenderOptions {
  root: string;
  workDir: string;
  outDir: string;
  /** Render every page, whatever the last build left. */
  full: boolean;
}

async function readManifests(dir: string): Promise<Map<string, Record<string, string>>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  return new Map(await Promise.all(names.map(async (n) => [n, JSON.parse(await readFile(path.join(dir, n), 'utf8'))] as const)));
}

/** Files of the last render's pages that no route lists now. */
async function goneFiles(previousDir: string, nextDir: string): Promise<string[]> {
  const [before, after] = await Promise.all([readManifests(previousDir), readManifests(nextDir)]);
  const now = new Set([...after.values()].flatMap((digests) => Object.keys(digests)));
  return [...before.values()].flatMap((digests) => Object.keys(digests)).filter((file) => !now.has(file));
}

/** Renders the site; returns whether it was incremental and how many files changed. */
export async function renderSite({ root, workDir, outDir, full }: RenderOptions): Promise<{ incremental: boolean; changed: number | 'all' }> {
  const files = siteStateFiles(workDir);
  const code = await siteCodeDigest(root, { site: process.env.ARCHIVE_SITE, entityPageSize: process.env.ARCHIVE_ENTITY_PAGE_SIZE, outDir });
  const last = JSON.parse(await readFile(files.render, 'utf8').catch(() => 'null')) as { code: string } | null;
  const incremental = !full && last?.code === code && existsSync(files.pages) && existsSync(path.join(outDir, 'index.html'));
  await rm(files.nextPages, { recursive: true, force: true });
  await mkdir(files.dir, { recursive: true });
  const env = {
    ARCHIVE_RENDER_MANIFEST: files.nextPages,
    ARCHIVE_RENDER_PREVIOUS: incremental ? files.pages : undefined,
    ARCHIVE_RENDER_SITE: incremental ? outDir : undefined,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  // A full render empties the site first: until it succeeds, no earlier render can be built on.
  if (!incremental) await rm(files.render, { force: true });
  try {
    // ARCHIVE_ASTRO_LOG=info prints Astro's timings and every page it builds (to see what a rebuild redid).
    await astroBuild({ root, outDir: incremental ? files.partialSite : outDir, logLevel: (process.env.ARCHIVE_ASTRO_LOG ?? 'warn') as 'warn' });
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  let changed: string[] | 'all' = 'all';
  if (incremental) changed = await mergeSite(files.partialSite, outDir, await goneFiles(files.pages, files.nextPages));
  await rm(files.pages, { recursive: true, force: true });
  await rename(files.nextPages, files.pages);
  await writeFile(files.render, JSON.stringify({ code }));
  const pending = await readPendingIndex(workDir);
  await writePendingIndex(workDir, changed === 'all' ? { all: true, paths: [] } : { all: pending.all, paths: [...new Set([...pending.paths, ...changed])] });
  return { incremental, changed: changed === 'all' ? 'all' : changed.length };
}
