/**
 * `npm run bench -- --count N [--dir DIR] [--seed S] [--no-hugo] [--no-rebuild]`: generates a
 * corpus of N articles, builds it stage by stage (each stage its own process: ingest, Astro,
 * Pagefind), builds the same pages with Hugo and indexes them with Pagefind when `hugo` is
 * installed, rebuilds after changing one article (incrementally, as `npm run build` does), and prints a table of wall time, CPU time and
 * peak memory per stage (also saved as DIR/bench.json). Needs GNU time (/usr/bin/time).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../cli-options.ts';
import { findSources } from '../ingest/find-sources.ts';
import { formatBenchTable, type BenchResult } from './bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { writeHugoSite } from './hugo-site.ts';
import { hasGnuTime, measureCommand, type StageCost } from './measure-command.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
    'no-hugo': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`expected --count to be a positive whole number, found ${JSON.stringify(values.count)}`);
if (!(await hasGnuTime())) throw new Error('expected GNU time at /usr/bin/time to measure each stage, found none; install it (apt-get install -y time).');
const dir = path.resolve(values.dir ?? path.join(tmpdir(), `archive-bench-${count}`));
await mkdir(dir, { recursive: true });
if ((await readdir(dir)).length > 0) throw new Error(`expected --dir to be a new or empty folder, found files in ${dir}; delete it or pick another.`);
const at = (name: string) => path.join(dir, name);
const log = createWriteStream(at('bench.log'));
const env = { ...process.env, ARCHIVE_WORK_DIR: at('work'), SOURCE_DATE_EPOCH: '1767225600' };

/** Node's flags in `npm run build` (its heap limit), so each stage runs as the build runs it. */
const buildNodeFlags = (JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } })
  .scripts.build.split(/\s+/).slice(1).filter((word, i, words) => word.startsWith('--') && words.slice(0, i).every((w) => w.startsWith('--')));

/**
 * One step of `scripts/build.ts` in its own process (each stage's peak memory is its own), as
 * the build runs it: the render and index steps redo only what changed since the last build,
 * and the index step runs one Pagefind CLI process per search shard, each waited for, so GNU
 * time counts their CPU and reports the largest one's peak memory.
 */
async function step(label: string, buildStep: 'ingest' | 'render' | 'index', out: string): Promise<StageCost> {
  console.error(`bench: ${label}…`);
  const cost = await measureCommand(process.execPath, [...buildNodeFlags, 'scripts/build.ts', '--step', buildStep, '--corpus', at('corpus'), '--out', out], { cwd: PROJECT_ROOT, env, log });
  report(label, cost);
  return cost;
}

function report(label: string, cost: StageCost): void {
  console.error(`bench: ${label}: ${cost.wallSeconds.toFixed(1)} s wall, ${cost.cpuSeconds.toFixed(1)} s CPU, ${(cost.peakMb / 1024).toFixed(2)} GB peak`);
}

/** Pagefind's CLI over a whole site in one run: the Hugo comparison site, which has no shards. */
async function indexWhole(label: string, site: string): Promise<StageCost> {
  console.error(`bench: ${label}…`);
  const cost = await measureCommand(path.join(PROJECT_ROOT, 'node_modules/.bin/pagefind'), ['--site', site, '--force-language', 'en'], { cwd: PROJECT_ROOT, env, log });
  report(label, cost);
  return cost;
}

/** Appends a sentence to the longest line of the first article: one story changed. */
async function changeOneArticle(): Promise<string> {
  const [first] = (await findSources(at('corpus'))).filter((f) => f.supported);
  const lines = (await readFile(first.absolutePath, 'utf8')).split('\n');
  const longest = lines.reduce((best, line, i) => (line.length > lines[best].length ? i : best), 0);
  lines[longest] += ' This sentence was added to measure a rebuild.';
  await writeFile(first.absolutePath, lines.join('\n'));
  return first.relativePath;
}

console.error(`bench: generating ${count} articles into ${at('corpus')}`);
await generateCorpus({ count, seed: values.seed!, outDir: at('corpus') });
const result: BenchResult = {
  articles: count,
  cores: availableParallelism(),
  archive: {
    ingest: await step('ingest', 'ingest', at('dist')),
    render: await step('render (Astro)', 'render', at('dist')),
    index: await step('index (Pagefind)', 'index', at('dist')),
  },
  hugo: null,
  rebuild: null,
};
if (!values['no-hugo'] && spawnSync('hugo', ['version']).status === 0) {
  console.error('bench: writing the Hugo site');
  await writeHugoSite(at('work'), at('hugo'));
  console.error('bench: render (Hugo)…');
  const render = await measureCommand('hugo', ['--quiet', '--source', at('hugo'), '--destination', at('hugo-public')], { env, log });
  console.error(`bench: render (Hugo): ${render.wallSeconds.toFixed(1)} s wall`);
  result.hugo = { render, index: await indexWhole('index Hugo output (Pagefind)', at('hugo-public')) };
}
if (!values['no-rebuild']) {
  console.error(`bench: changed ${await changeOneArticle()}; rebuilding`);
  result.rebuild = {
    ingest: await step('rebuild: ingest', 'ingest', at('dist')),
    render: await step('rebuild: render (Astro)', 'render', at('dist')),
    index: await step('rebuild: index (Pagefind)', 'index', at('dist')),
  };
}
await writeFile(at('bench.json'), `${JSON.stringify(result, null, 2)}\n`);
log.end();
console.log(formatBenchTable(result));
console.log(`(stage output in ${at('bench.log')}; figures in ${at('bench.json')})`);
