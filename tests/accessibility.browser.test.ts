/**
 * axe-core in real Chromium over every page type of the fixture site, at desktop and phone
 * width, in light and dark colour schemes: zero violations of WCAG 2 A/AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './helpers/browser.ts';
import { useSiteInBrowser } from './helpers/site-in-browser.ts';

const site = useSiteInBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const articles = JSON.parse(readFileSync(`${site.dist}/data/articles.json`, 'utf8')) as { id: string; url: string; sourceFile: string }[];
const clashes = articles.find((a) => a.sourceFile.includes('002_'))!;
const sameStory = articles.find((a) => a.sourceFile === 'extra/same-story/first-version.txt')!;
const anchor = (JSON.parse(readFileSync(`${site.dist}/data/articles/${clashes.id}.json`, 'utf8')) as { paragraphs: { anchor?: string }[] }).paragraphs.find((p) => p.anchor)!.anchor;
const PAGES: Record<string, string> = {
  home: '/',
  article: clashes.url,
  'article with a paragraph targeted (pin-cite shown)': `${clashes.url}#${anchor}`,
  'article with another report of the same story': sameStory.url,
  actors: '/actors/',
  actor: '/actors/nikol-pashinyan/',
  places: '/places/',
  place: '/places/baku/',
  'place, a country': '/places/armenia/',
  dates: '/dates/',
  year: '/dates/2020/',
  month: '/dates/2020/10/',
  'dates mentioned': '/dates/mentioned/',
  'a month as mentioned': '/dates/mentioned/2020/09/',
  'actor with statements': '/actors/azerbaijan-ministry-of-defence/',
  search: '/search/?q=ceasefire&source=TSF',
  'search, empty': '/search/',
  'not found': '/no-such-page/',
};

describe.runIf(hasChromium() || process.env.CI)('accessibility (axe-core, WCAG 2 A/AA)', () => {
  it('reports a violation when there is one (the check is live)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('input'), { type: 'text' })));
    await page.addScriptTag({ content: axeSource });
    const ids = await page.evaluate(async () => (await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa'] })).violations.map((v) => v.id));
    expect(ids).toContain('label');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, label] of [[1280, 'desktop'], [390, 'phone']] as const) {
      it(`has no violations on any page type, ${label}, ${scheme}`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        const found: string[] = [];
        for (const [name, url] of Object.entries(PAGES)) {
          await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
          if (url.startsWith('/search/?')) await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
            return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
          });
          found.push(...violations.map((v) => `${name}: ${v}`));
        }
        await page.close();
        expect(found).toEqual([]);
      }, 90_000);
    }
  }
});
