/**
 * `npm run check-weight [-- DIR]`: the transfer weight of every page of a built site (gzip of
 * the HTML and the same-origin CSS, JS and images it loads). Prints the median and heaviest page
 * of each type; exit 1 when a page is over its type's budget (article pages: 50 KB, no script
 * files; a page over it by the length of its story alone is noted, not failed), 2 when there is
 * no site to weigh.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from './cli-options.ts';
import { listSiteFiles } from './site-check/site-files.ts';
import { weighPage, type SiteReader } from './page-weight/weigh-pages.ts';
import { budgetNotices, budgetProblems, kilobytes, summariseWeights } from './page-weight/weight-report.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const siteDir = path.resolve(positionals[0] ?? path.join(PROJECT_ROOT, 'dist'));
const files = await listSiteFiles(siteDir).catch(() => []);
const pages = files.filter((f) => f.endsWith('.html'));
if (pages.length === 0) {
  console.error(`check-weight: expected a built site at ${siteDir}, found no .html file. Build it first (npm run build), or pass its folder.`);
  process.exit(2);
}

const present = new Set(files);
const sizes = new Map<string, number>();
const site: SiteReader = {
  async gzipSize(file) {
    if (!present.has(file)) return null;
    if (!sizes.has(file)) sizes.set(file, gzipSync(await readFile(path.join(siteDir, file)), { level: 9 }).length);
    return sizes.get(file)!;
  },
  text: (file) => readFile(path.join(siteDir, file), 'utf8'),
  gzipText: (text) => gzipSync(text, { level: 9 }).length,
};

const weights = [];
for (const page of pages) weights.push(await weighPage(page, site, process.env.ARCHIVE_SITE ? new URL(process.env.ARCHIVE_SITE).origin : null));

console.log('Transfer weight (gzip of HTML + CSS + JS + images), by page type:');
for (const s of summariseWeights(weights)) {
  console.log(`  ${s.type.padEnd(8)} ${String(s.pages).padStart(6)} pages  median ${kilobytes(s.median).padStart(9)}  heaviest ${kilobytes(s.heaviest.total).padStart(9)}  ${s.heaviest.file}`);
}
let failed = 0;
for (const weight of weights) {
  for (const notice of budgetNotices(weight)) console.log(`ℹ ${weight.file}: ${notice}`);
  for (const problem of budgetProblems(weight)) {
    console.log(`✖ ${weight.file}: ${problem}`);
    failed++;
  }
}
console.log(failed ? `${failed} problems: see above.` : 'Every page is within its budget.');
process.exitCode = failed ? 1 : 0;
