/**
 * `npm run bench:search -- --site DIR [--query WORD] [--second WORD]`: how many bytes a reader
 * downloads to search a built archive. Serves DIR, opens the search page in Chromium, runs a
 * first query and a second one, and prints the bytes transferred for each (Pagefind's index
 * chunks, fragments and filter data; the page itself is counted separately). Figures, not
 * pass/fail; run it on a generated corpus of 10,000 articles to check the 300 KB goal.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'ceasefire' }, second: { type: 'string', default: 'parliament' }, verbose: { type: 'boolean', default: false } } });
const site = await serveStatic(path.resolve(values.site!));
const browser = await launchChromium();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  const page = await browser.newPage();
  let bytes = 0;
  const requests: string[] = [];
  page.on('response', async (response) => {
    const length = Number(response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length);
    bytes += length;
    requests.push(`${new URL(response.url()).pathname} ${kb(length)}`);
  });
  const settle = () => page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });

  await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
  const pageBytes = bytes;
  bytes = 0;
  await page.fill('#search-q', values.query!);
  await page.press('#search-q', 'Enter');
  await settle();
  await page.waitForLoadState('networkidle');
  const first = bytes;
  const firstCount = await page.textContent('#search-status');
  bytes = 0;
  await page.fill('#search-q', values.second!);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), values.second!, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const second = bytes;
  const shards = (await (await fetch(`${site.url}/pagefind/shards.json`)).json()) as Record<'dated' | 'undated', { pages: number }[]>;
  const indexed = [...shards.dated, ...shards.undated].reduce((n, s) => n + s.pages, 0);
  console.log(`Search payload on ${indexed.toLocaleString('en')} indexed pages in ${shards.dated.length + shards.undated.length} shards (${values.site}):`);
  console.log(`  search page and Pagefind runtime, before any query: ${kb(pageBytes)}`);
  console.log(`  first query  "${values.query}": ${kb(first)}  (${firstCount})`);
  console.log(`  second query "${values.second}": ${kb(second)}`);
  if (values.verbose) for (const r of requests) console.log(`    ${r}`);
} finally {
  await browser.close();
  await site.close();
}
