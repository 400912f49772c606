/**
 * `npm run check-site [-- DIR] [--site URL] [--sample N]`: integrity checks of a built site for CI.
 * Exit 0 when clean, 1 when any page has a broken internal link or anchor, a javascript: URL or
 * invalid HTML, 2 when the check cannot run (bad arguments, no site at DIR).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './cli-options.ts';
import { runSiteCheck, type SiteCheckOptions } from './site-check/run-site-check.ts';
import { formatProblem, formatSummary, ruleDocLines } from './site-check/site-report.ts';

const USAGE = `Usage: node scripts/check-site.ts [DIR] [options]   (npm run check-site -- [DIR] [options])

Checks the built site in DIR (default: the project's dist/, where the build writes it): internal links and anchors on every page, and
the HTML of every page (html-validate). Exit code 0: clean; 1: problems; 2: cannot check.

Options:
  --site URL    where the site is published; absolute links to its origin (scheme, host, port)
                are checked as internal. Default: $ARCHIVE_SITE when set, as the build uses it
                for canonical links; otherwise absolute links are not checked
  --sample N    validate the HTML of only N pages, spread evenly (links are still checked on all)
  --help        show this help`;

/** A mistake in how the check was called: reported with exit code 2. */
class UsageError extends Error {}

interface Invocation extends SiteCheckOptions {
  siteDir: string;
}

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { site: { type: 'string' }, sample: { type: 'string' }, help: { type: 'boolean', default: false } },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readInvocation(argv: string[], env: NodeJS.ProcessEnv): Invocation | 'help' {
  const { values, positionals } = parseCliArgs(argv);
  if (values.help) return 'help';
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one site folder, found ${positionals.length}: ${positionals.join(' ')}. Pass one folder, e.g. dist.`);
  }
  const site = values.site ?? (env.ARCHIVE_SITE || undefined);
  let siteOrigin: string | null = null;
  if (site !== undefined) {
    const url = URL.canParse(site) ? new URL(site) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new UsageError(`expected --site (or ARCHIVE_SITE) to be an absolute http(s) URL, found ${JSON.stringify(site)}. Pass e.g. --site https://example.org.`);
    }
    siteOrigin = url.origin;
  }
  let sample: number | null = null;
  if (values.sample !== undefined) {
    if (!/^[1-9]\d*$/.test(values.sample)) {
      throw new UsageError(`expected --sample to be a whole number of pages above 0, found ${JSON.stringify(values.sample)}. Pass e.g. --sample 500.`);
    }
    sample = Number(values.sample);
  }
  return { siteDir: positionals[0] ? path.resolve(positionals[0]) : path.join(PROJECT_ROOT, 'dist'), siteOrigin, sample };
}

async function run(argv: string[]): Promise<number> {
  const invocation = readInvocation(argv, process.env);
  if (invocation === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { siteDir } = invocation;
  const folder = await stat(siteDir).catch(() => null);
  if (!folder?.isDirectory()) {
    throw new UsageError(`expected a built site folder at ${siteDir}, found ${folder ? 'a file' : 'nothing'}. Build the site first (npm run build), or pass its folder: node scripts/check-site.ts DIR.`);
  }
  const report = await runSiteCheck(siteDir, invocation);
  if (report.pages === 0) {
    throw new UsageError(`expected ${siteDir} to hold a built site, found no .html file in it. Pass the folder the build wrote (default: dist).`);
  }
  // Paths as the reader can open them from here (e.g. dist/a/index.html), whatever DIR was.
  const displayPath = (file: string) => path.relative(process.cwd(), path.join(siteDir, file)).split(path.sep).join('/');
  for (const problem of report.problems) console.log(formatProblem(problem, displayPath));
  const docs = ruleDocLines(report.problems);
  if (docs.length > 0) console.log(['', 'About the HTML rules:', ...docs, ''].join('\n'));
  console.log(formatSummary(report));
  return report.problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`check-site: ${error.message}\n\n${USAGE}`);
  } else {
    console.error(`check-site: could not check the site: ${(error as Error).stack ?? error}`);
  }
  process.exitCode = 2;
}
