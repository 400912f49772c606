/**
 * The index step: each search shard (search-shards.ts) indexed by its own run of Pagefind's CLI
 * over a folder of links to the shard's article pages, written to `pagefind/<shard>/`. Only
 * shards holding a page the render changed are indexed again (render-site.ts records them);
 * `pagefind/shards.json` lists the shards in date order for the search page
 * (src/scripts/sharded-search.ts), and Pagefind's highlighter is copied to `pagefind/` for the
 * article pages.
 * One CLI process per shard, waited for: its memory is that of one shard, and GNU time (the
 * bench) sees it, as it does not see the Node API's service process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { planShards, shardNames, shardOf, shardSizeFor, type IndexedArticle, type ShardPlan } from './search-shards.ts';
import { readPendingIndex, siteStateFiles, writePendingIndex } from './site-state-files.ts';

interface ShardState {
  plan: ShardPlan;
  /** Shard of each indexed page (site-relative HTML path). */
  pages: Record<string, string>;
}

function pagefindBinary(): string {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(import.meta.url);
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}/bin/${name}${process.platform === 'win32' ? '.exe' : ''}`);
    } catch { /* try the next name */ }
  }
  throw new Error(`found no Pagefind binary for ${platform} (package @pagefind/${platform}). Run npm install, or set PAGEFIND_BINARY_PATH.`);
}

const htmlOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

/** Links (or copies, across file systems) the shard's pages into `dir`, at their paths in the site. */
async function linkPages(siteDir: string, files: readonly string[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const rel of files) {
    const to = path.join(dir, rel);
    await mkdir(path.dirname(to), { recursive: true });
    await link(path.join(siteDir, rel), to).catch(() => copyFile(path.join(siteDir, rel), to));
  }
}

function runPagefind(siteDir: string, outputPath: string): void {
  const result = spawnSync(pagefindBinary(), ['--site', siteDir, '--output-path', outputPath, '--force-language', 'en', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`Pagefind could not be started: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Pagefind exited with status ${result.status} indexing ${siteDir}; its messages are above.`);
}

async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Indexes the site's article pages into `siteDir/pagefind/`; returns the number of pages indexed and of shards indexed again. */
export async function indexShards(siteDir: string, workDir: string): Promise<{ pages: number; shards: number; reindexed: number }> {
  const files = siteStateFiles(workDir);
  const exported = JSON.parse(await readFile(path.join(siteDir, 'data/articles.json'), 'utf8')) as { url: string; published: { date: string | null } }[];
  const articles: IndexedArticle[] = exported.map((a) => ({ url: a.url, date: a.published.date }));
  // ARCHIVE_SEARCH_SHARD_SIZE sets the size (tests use it to get several shards from a few pages).
  const size = process.env.ARCHIVE_SEARCH_SHARD_SIZE ? Number(process.env.ARCHIVE_SEARCH_SHARD_SIZE) : shardSizeFor(articles.length);
  const previous = JSON.parse(await readFile(files.shards, 'utf8').catch(() => 'null')) as ShardState | null;
  const pending = await readPendingIndex(workDir);
  const plan = planShards(articles, size, previous?.plan ?? null);
  const pages: Record<string, string> = {};
  for (const a of articles) pages[htmlOf(a.url)] = shardOf(plan, a);
  const names = shardNames(plan);
  const outDir = path.join(siteDir, 'pagefind');
  // Everything when the render was full, the cuts changed, or the site has no index from us.
  const all = pending.all || previous === null || JSON.stringify(previous.plan) !== JSON.stringify(plan) || !existsSync(path.join(outDir, 'shards.json'));
  const dirty = new Set<string>(all ? [...names.dated, ...names.undated] : []);
  if (!all) {
    for (const rel of pending.paths) {
      if (pages[rel]) dirty.add(pages[rel]);
      if (previous?.pages[rel]) dirty.add(previous.pages[rel]);
    }
  }
  if (all) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const byShard = Map.groupBy(Object.keys(pages).sort(), (rel) => pages[rel]);
  const listed: { dir: string; pages: number }[] = [];
  let reindexed = 0;
  for (const name of [...names.dated, ...names.undated]) {
    const shardFiles = byShard.get(name) ?? [];
    const target = path.join(outDir, name);
    if (dirty.has(name) || (shardFiles.length > 0 && !existsSync(path.join(target, 'pagefind-entry.json')))) {
      await rm(target, { recursive: true, force: true });
      if (shardFiles.length > 0) {
        const linked = path.join(workDir, 'search-shard-pages');
        await linkPages(siteDir, shardFiles, linked);
        runPagefind(linked, `${target}.partial`);
        await rename(`${target}.partial`, target);
        reindexed++;
        await rm(linked, { recursive: true, force: true });
      }
    }
    if (shardFiles.length > 0) listed.push({ dir: name, pages: await indexedPages(target) });
  }
  // Shards of an earlier plan that this one does not have.
  const keep = new Set(listed.map((s) => s.dir));
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !keep.has(entry.name)) await rm(path.join(outDir, entry.name), { recursive: true, force: true });
  }
  // The highlighter is the same in every shard; article pages load it from pagefind/.
  if (listed.length > 0) await copyFile(path.join(outDir, listed[0].dir, 'pagefind-highlight.js'), path.join(outDir, 'pagefind-highlight.js'));
  const dated = new Set(names.dated);
  await writeFile(path.join(outDir, 'shards.json'), `${JSON.stringify({
    dated: listed.filter((s) => dated.has(s.dir)),
    undated: listed.filter((s) => !dated.has(s.dir)),
  })}\n`);
  await writeFile(files.shards, JSON.stringify({ plan, pages } satisfies ShardState));
  await writePendingIndex(workDir, { all: false, paths: [] });
  return { pages: listed.reduce((sum, s) => sum + s.pages, 0), shards: listed.length, reindexed };
}
