/**
 * `npm run screenshots [-- --out DIR]`: serves dist/ and photographs one page of each type at
 * desktop and phone width, in light and dark colour schemes, so a person can look at what
 * readers see. Needs Debian's chromium.
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
const articles = (await (await fetch(`${site.url}/data/articles.json`)).json()) as { url: string; published: { date: string | null } }[];
const actors = (await (await fetch(`${site.url}/data/actors.json`)).json()) as { url: string }[];
const places = (await (await fetch(`${site.url}/data/places.json`)).json()) as { url: string }[];
const firstDate = articles.find((a) => a.published.date)?.published.date;
const pages: Record<string, string> = {
  home: '/',
  article: articles[0]?.url ?? '/',
  actors: '/actors/',
  actor: actors[0]?.url ?? '/actors/',
  places: '/places/',
  place: places[0]?.url ?? '/places/',
  dates: '/dates/',
  year: firstDate ? `/dates/${firstDate.slice(0, 4)}/` : '/dates/',
  search: '/search/?q=ceasefire',
  notfound: '/no-such-page/',
};
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  for (const [width, height, label, scheme] of [[1280, 900, 'desktop', 'light'], [390, 844, 'phone', 'light'], [1280, 900, 'desktop', 'dark'], [390, 844, 'phone', 'dark']] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${name}-${label}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
