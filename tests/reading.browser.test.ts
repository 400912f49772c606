/**
 * Reading in real Chromium: an article printed (no navigation, search or citation buttons; the
 * archive URL and link targets written out), and pages that do not move once painted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './helpers/browser.ts';
import { useSiteInBrowser } from './helpers/site-in-browser.ts';

const site = useSiteInBrowser();
const articles = JSON.parse(readFileSync(`${site.dist}/data/articles.json`, 'utf8')) as { url: string; sourceFile: string }[];
const article = articles.find((a) => a.sourceFile.includes('002_'))!;

describe.runIf(hasChromium() || process.env.CI)('reading in Chromium', () => {
  it('prints an article without navigation, search, side panel or related lists, and with its archive URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${article.url}`);
    const shown = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.print-only')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.side-panel', 'section[aria-labelledby="related-articles"]']) expect(await shown(hidden), hidden).toBe(false);
    expect(await shown('.article-body')).toBe(true);
    expect(await shown('.print-only')).toBe(true);
    const after = await page.$eval('.print-only a', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${article.url}`);
    await page.close();
  });

  it('shifts no layout while the home, a place and an article page load', async () => {
    for (const url of ['/', '/places/baku/', article.url]) {
      for (const width of [1280, 390]) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
        const shift = await page.evaluate(() => new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }));
        expect(shift, `${url} at ${width}px`).toBe(0);
        await page.close();
      }
    }
  });
});
