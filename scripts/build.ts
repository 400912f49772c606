/**
 * `npm run build [-- --corpus DIR] [--out DIR] [--strict] [--step S]`: the whole pipeline (or one
 * step of it); `npm start` adds `--serve`.
 * ingest (sources → MDX) → Astro (MDX → HTML, data export) → Pagefind (HTML → search index).
 */
import { PROJECT_ROOT, readCliOptions, type BuildStep } from './cli-options.ts';

// Each step's modules are imported when the step runs: Astro alone took ~1.6 s to import and the
// ingest's modules ~1.3 s, which `--step index` (the bench runs each step in its own process)
// paid for nothing, on every rebuild.

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  console.log(`✔ ${label} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

async function run(argv: string[]): Promise<number> {
  const options = readCliOptions(argv);
  const runs = (step: BuildStep) => options.step === null || options.step === step;
  // Astro resolves the archive from the environment (src/lib/paths.ts); make it absolute.
  process.env.ARCHIVE_WORK_DIR = options.workDir;
  // Astro's usage telemetry posts to its servers from every build: an archive built in a
  // newsroom or on a researcher's machine sends nothing anywhere.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // Turn the corpus into MDX pages and entity lists.
  if (runs('ingest')) {
    const { ingestStep } = await import('./ingest-cli.ts');
    const { failed } = await timed('ingest', () => ingestStep(argv));
    if (failed) return 1;
  }
  // Render the archive with Astro: only the pages whose inputs changed, when the site code did not.
  if (runs('render')) {
    const { renderSite } = await import('./site-state/render-site.ts');
    const { incremental, changed } = await timed('astro build', () => renderSite({ root: PROJECT_ROOT, workDir: options.workDir, outDir: options.outDir, full: options.full }));
    console.log(incremental ? `Rendered the changed pages only: ${changed} files changed.` : 'Rendered every page.');
  }
  // Index the rendered article pages for search, shard by shard (only shards with changed pages).
  if (runs('index')) {
    const { indexShards } = await import('./site-state/index-shards.ts');
    const { pages, shards, reindexed } = await timed('pagefind index', () => indexShards(options.outDir, options.workDir));
    console.log(`Archive written to ${options.outDir} (${pages} pages indexed for search in ${shards} shards, ${reindexed} indexed again).`);
  }
  if (options.serve) {
    // Serve until interrupted (Ctrl+C).
    const { preview } = await import('astro');
    const server = await preview({ root: PROJECT_ROOT, outDir: options.outDir, server: { host: '127.0.0.1', port: 4321 }, logLevel: 'info' });
    await server.closed();
  }
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`build: ${(error as Error).stack ?? error}`);
  process.exitCode = 2;
}
