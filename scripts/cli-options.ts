/**
 * Command-line options shared by `npm run ingest` and `npm run build`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDate } from './ingest/build-date.ts';

/** The project folder; curated data and the default corpus live in its content/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CliOptions {
  corpusDir: string;
  workDir: string;
  outDir: string;
  gazetteerFile: string;
  registryFile: string;
  today: string;
  outletsFile: string;
  strict: boolean;
  /** Serve the built site after building (`npm start`). */
  serve: boolean;
  /** Ingest worker threads (undefined: one per core); 0 runs the ingest in the main thread. */
  workers: number | undefined;
  /** Reuse the ingest results of unchanged files (false with `--no-cache`). */
  cache: boolean;
  /** Render and index every page, not only those whose inputs changed (`--full`; implied by `--no-cache`). */
  full: boolean;
  /** Run one step of the build only (`--step render`), e.g. to measure it on its own. */
  step: BuildStep | null;
}

export const BUILD_STEPS = ['ingest', 'render', 'index'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export const USAGE = `Options:
  --corpus DIR   folder of source articles, read recursively (default: content/corpus)
  --out DIR      where the site is written (default: dist)
  --registry F   the corpus's URL registry (default: content/url-registry.json for the bundled
                 corpus, DIR/url-registry.json for --corpus DIR); commit it with the corpus
  --strict       exit with an error when any source file has an error (for CI)
  --serve        after building, serve the site on http://127.0.0.1:4321 (what npm start does)
  --workers N    ingest worker threads (default: one per core, at most 8; 0 = main thread only)
  --no-cache     re-read every file instead of reusing the results of unchanged ones
  --full         render and index every page, not only those whose inputs changed (--no-cache implies it)
  --step S       run one step only: ingest, render (Astro) or index (Pagefind)

Environment:
  ARCHIVE_SITE      absolute base URL the site is published at (canonical links)
  ARCHIVE_WORK_DIR  where the generated MDX archive is written (default: .archive)
  ARCHIVE_GAZETTEER the gazetteer of actors and places (default: content/gazetteer.yaml)
  ARCHIVE_SEARCH_SHARD_SIZE  article pages per search shard (default: 2000, doubled while that
                             would make more than 12 shards)`;

export function readCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      out: { type: 'string' },
      registry: { type: 'string' },
      strict: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      step: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run build -- [options]   (or npm run ingest -- [options])');
    console.log(USAGE);
    process.exit(0);
  }
  const fromCwd = (p: string) => path.resolve(process.cwd(), p);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    throw new Error(`expected --workers to be a whole number (0 or more), found ${JSON.stringify(values.workers)}. Use e.g. --workers 2, or --workers 0 for no worker threads.`);
  }
  const step = values.step ?? null;
  if (step !== null && !(BUILD_STEPS as readonly string[]).includes(step)) {
    throw new Error(`expected --step to be one of ${BUILD_STEPS.join(', ')}, found ${JSON.stringify(step)}.`);
  }
  const corpusDir = values.corpus ? fromCwd(values.corpus) : path.join(PROJECT_ROOT, 'content/corpus');
  const defaultRegistry = values.corpus ? path.join(corpusDir, 'url-registry.json') : path.join(PROJECT_ROOT, 'content/url-registry.json');
  return {
    corpusDir,
    registryFile: values.registry ? fromCwd(values.registry) : defaultRegistry,
    today: buildDate(),
    workDir: path.resolve(PROJECT_ROOT, process.env.ARCHIVE_WORK_DIR ?? '.archive'),
    outDir: values.out ? fromCwd(values.out) : path.join(PROJECT_ROOT, 'dist'),
    gazetteerFile: process.env.ARCHIVE_GAZETTEER ? fromCwd(process.env.ARCHIVE_GAZETTEER) : path.join(PROJECT_ROOT, 'content/gazetteer.yaml'),
    outletsFile: path.join(PROJECT_ROOT, 'content/outlets.yaml'),
    strict: values.strict ?? false,
    serve: values.serve ?? false,
    workers,
    cache: !values['no-cache'],
    full: Boolean(values.full || values['no-cache']),
    step: step as BuildStep | null,
  };
}
