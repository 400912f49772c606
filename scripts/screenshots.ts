/**
 * `npm run screenshots [-- --out DIR]`: serves dist/ and photographs one page of each type at
 * desktop and phone width, so a person can look at what readers see. Needs Debian's chromium.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { PROJECT_ROOT } from './cli-options.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-screenshots' }, site: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.out!);
const site = await serveStatic(path.resolve(PROJECT_ROOT, values.site!));
const articles = (await (await fetch(`${site.url}/data/articles.json`)).json()) as { url: string }[];
const actors = (await (await fetch(`${site.url}/data/actors.json`)).json()) as { url: string }[];
const places = (await (await fetch(`${site.url}/data/places.json`)).json()) as { url: string }[];
const pages: Record<string, string> = {
  home: '/',
  article: articles[0]?.url ?? '/',
  actors: '/actors/',
  actor: actors[0]?.url ?? '/actors/',
  places: '/places/',
  place: places[0]?.url ?? '/places/',
  dates: '/dates/',
  search: '/search/?q=ceasefire',
  notfound: '/no-such-page/',
};
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
