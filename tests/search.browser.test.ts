/**
 * Search in real Chromium (Debian's package, driven by playwright-core) against the fixture
 * site served over HTTP: Pagefind's index, its UI and the archive's search page together.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './helpers/browser.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';
import { inject } from 'vitest';

const site = inject('site');
let server: StaticSite;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(site.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(query: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a page opened a dialog: ${dialog.message()}`);
  });
  await page.goto(`${server.url}/search/${query}`);
  await page.waitForSelector('.pagefind-ui__message');
  await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
  return page;
}

const resultTitles = (page: Page) => page.$$eval('.pagefind-ui__result-title', (els) => els.map((e) => e.textContent?.trim()));

// On CI a missing browser must fail the run, not skip it.
describe.runIf(hasChromium() || process.env.CI)('search in Chromium', () => {
  it('finds the articles that contain a word, with highlighted excerpts', async () => {
    const page = await openSearch('?q=Blinken');
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual([
      'Azerbaijani army claims to have taken more than 60 Armenian positions in Nagorno-Karabakh',
      'Clashes break out on border after Armenia’s attacks — Azerbaijan',
    ]);
    expect(await page.$$eval('.pagefind-ui__result-excerpt mark', (marks) => marks.map((m) => m.textContent))).toContain('Blinken');
    await page.close();
  });

  it('narrows results by a filter given in the URL', async () => {
    const page = await openSearch('?q=ceasefire&source=TSF');
    // The UI renders once before the URL's filters apply: wait for the settled result.
    await expect.poll(() => resultTitles(page)).toEqual(['Azerbaijani army claims to have taken more than 60 Armenian positions in Nagorno-Karabakh']);
    await page.close();
  });

  it('finds an article under another spelling of a name it mentions', async () => {
    // 002 writes "Pashinyan" only; 004 writes "Pachinian": one actor, both found either way.
    for (const spelling of ['Pachinian', 'Pashinyan']) {
      const page = await openSearch(`?q=${spelling}`);
      await expect.poll(async () => (await resultTitles(page)).sort()).toEqual([
        'Azerbaijani army claims to have taken more than 60 Armenian positions in Nagorno-Karabakh',
        'Clashes break out on border after Armenia’s attacks — Azerbaijan',
      ]);
      await page.close();
    }
  });

  it('lands a query typed in the header field on the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#site-search-q', 'mobilization');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=mobilization/);
    await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
    await expect.poll(async () => (await resultTitles(page)).length).toBe(2);
    await page.close();
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const page = await openSearch('?q=leaked');
    await expect.poll(async () => (await resultTitles(page))[0]).toBe('Officials dispute {claims} about <script>alert("x")</script> the border');
    await page.click('.pagefind-ui__result-link');
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Officials dispute {claims} about <script>alert("x")</script> the border');
    expect(await page.$$eval('article script, article img', (els) => els.length)).toBe(0);
    await page.close();
  });
});
