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
}

export const USAGE = `Options:
  --corpus DIR   folder of source articles, read recursively (default: content/corpus)
  --out DIR      where the site is written (default: dist)
  --registry F   the corpus's URL registry (default: content/url-registry.json for the bundled
                 corpus, DIR/url-registry.json for --corpus DIR); commit it with the corpus
  --strict       exit with an error when any source file has an error (for CI)
  --serve        after building, serve the site on http://127.0.0.1:4321 (what npm start does)

Environment:
  ARCHIVE_SITE      absolute base URL the site is published at (canonical links)
  ARCHIVE_WORK_DIR  where the generated MDX archive is written (default: .archive)`;

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
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run build -- [options]   (or npm run ingest -- [options])');
    console.log(USAGE);
    process.exit(0);
  }
  const fromCwd = (p: string) => path.resolve(process.cwd(), p);
  const corpusDir = values.corpus ? fromCwd(values.corpus) : path.join(PROJECT_ROOT, 'content/corpus');
  const defaultRegistry = values.corpus ? path.join(corpusDir, 'url-registry.json') : path.join(PROJECT_ROOT, 'content/url-registry.json');
  return {
    corpusDir,
    registryFile: values.registry ? fromCwd(values.registry) : defaultRegistry,
    today: buildDate(),
    workDir: path.resolve(PROJECT_ROOT, process.env.ARCHIVE_WORK_DIR ?? '.archive'),
    outDir: values.out ? fromCwd(values.out) : path.join(PROJECT_ROOT, 'dist'),
    gazetteerFile: path.join(PROJECT_ROOT, 'content/gazetteer.yaml'),
    outletsFile: path.join(PROJECT_ROOT, 'content/outlets.yaml'),
    strict: values.strict ?? false,
    serve: values.serve ?? false,
  };
}
