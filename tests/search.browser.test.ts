/**
 * Search in real Chromium (Debian's package, driven by playwright-core) against the fixture
 * site served over HTTP: Pagefind's index, the archive's search page and article pages together.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './helpers/browser.ts';
import { useSiteInBrowser } from './helpers/site-in-browser.ts';

const site = useSiteInBrowser();

const T = {
  seizes: 'Azerbaijan seizes Armenian arms, ammunition, vehicles',
  neutralize: 'Azerbaijani forces neutralize at least 2,300 Armenian soldiers - ministry',
  claims: 'Azerbaijani army claims to have taken more than 60 Armenian positions in Nagorno-Karabakh',
  watch: 'Azerbaijan’s army destroys Armenian military equipment',
  clashes: 'Clashes break out on border after Armenia’s attacks — Azerbaijan',
};

async function open(query: string): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a page opened a dialog: ${dialog.message()}`);
  });
  await page.goto(`${site.server.url}/search/${query}`);
  return page;
}

const titles = (page: Page) => page.$$eval('#search-results a.title', (els) => els.map((e) => e.textContent?.trim()));
const settled = (page: Page) => page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
/** Value → count of one filter's checkboxes, as the page shows them. */
const counts = (page: Page, legend: string) =>
  page.$$eval('#search-filters fieldset', (sets, name) => {
    const set = sets.find((s) => s.querySelector('legend')?.textContent === name);
    return Object.fromEntries([...(set?.querySelectorAll('label') ?? [])].map((l) => {
      const m = /^\s*(.*?)\s+\((\d+)\)\s*$/.exec(l.textContent ?? '');
      return [m?.[1], Number(m?.[2])];
    }));
  }, legend);

// On CI a missing browser must fail the run, not skip it.
describe.runIf(hasChromium() || process.env.CI)('search in Chromium', () => {
  it('finds the articles that contain a word, with the word marked in each excerpt, and announces the count', async () => {
    const page = await open('?q=Blinken');
    await settled(page);
    expect((await titles(page)).sort()).toEqual([T.claims, T.clashes].sort());
    expect(await page.$$eval('#search-results mark', (marks) => marks.map((m) => m.textContent))).toContain('Blinken');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toBe('2 results for “Blinken”.');
    await page.close();
  });

  it('narrows by a filter given in the URL, and counts each filter as if its own choice were open', async () => {
    const page = await open('?q=ceasefire&source=TSF');
    await settled(page);
    expect(await titles(page)).toEqual([T.claims]);
    // The source list still offers the other outlet with its count: choices within a filter are alternatives.
    expect(await counts(page, 'Source')).toMatchObject({ 'Anadolu Agency': 3, TSF: 1 });
    // Other filters count within the narrowed results.
    expect(await counts(page, 'Place')).toMatchObject({ Baku: 1, Paris: 1 });
    await page.close();
  });

  it('combines values of one filter with OR and different filters with AND', async () => {
    const either = await open('?q=ceasefire&source=TSF&source=Anadolu+Agency');
    await settled(either);
    expect((await titles(either)).length).toBe(4);
    const both = await open('?q=ceasefire&source=TSF&source=Anadolu+Agency&year=2020');
    await settled(both);
    // The "WATCH" article is dated 3 October 2020 by its sidecar in the fixture corpus.
    expect((await titles(both)).sort()).toEqual([T.watch, T.seizes, T.neutralize].sort());
    await either.close();
    await both.close();
  });

  it('browses by filters alone, with no words, and sorts by date', async () => {
    const page = await open('?place=Azerbaijan&year=2020&sort=newest');
    await settled(page);
    expect(await titles(page)).toEqual([T.watch, T.seizes, T.neutralize]);
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await expect.poll(() => titles(page)).toEqual([T.neutralize, T.seizes, T.watch]);
    await page.close();
  });

  it('keeps the whole state in the URL: ticking a filter updates it, Back restores the earlier search', async () => {
    const page = await open('?q=ceasefire');
    await settled(page);
    await page.getByRole('checkbox', { name: /^TSF/ }).check();
    await page.waitForURL(/[?&]source=TSF/);
    await expect.poll(() => titles(page)).toEqual([T.claims]);
    const shared = page.url();
    await page.goBack();
    await expect.poll(() => titles(page).then((t) => t.length)).toBe(7);
    const again = await open(shared.slice(shared.indexOf('?')));
    await settled(again);
    expect(await titles(again)).toEqual([T.claims]);
    expect(await again.getByRole('checkbox', { name: /^TSF/ }).isChecked()).toBe(true);
    expect(await again.inputValue('#search-q')).toBe('ceasefire');
    await page.close();
    await again.close();
  });

  it('ranks an article whose headline has the word above one that only mentions it', async () => {
    const page = await open('?q=equipment');
    await settled(page);
    const found = await titles(page);
    expect(found[0]).toBe(T.watch);
    expect(found).toContain(T.seizes);
    await page.close();
  });

  it('links a date page and an actor page to the search filtered to them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/dates/2020/10/`);
    await page.getByRole('link', { name: 'Search within this month' }).click();
    await page.waitForURL(/\/search\/\?month=2020-10$/);
    await settled(page);
    const dates = await page.$$eval('#search-results .meta', (els) => els.map((e) => e.textContent));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates.every((d) => d?.includes('October 2020'))).toBe(true);
    await page.goto(`${site.server.url}/actors/nikol-pashinyan/`);
    await page.getByRole('link', { name: 'Search within these articles' }).click();
    await settled(page);
    expect((await titles(page)).sort()).toEqual([T.claims, T.clashes].sort());
    await page.close();
  });

  it('finds an article under another spelling of a name it mentions', async () => {
    // 002 writes "Pashinyan" only; 004 writes "Pachinian": one actor, found either way.
    for (const spelling of ['Pachinian', 'Pashinyan']) {
      const page = await open(`?q=${spelling}`);
      await settled(page);
      expect((await titles(page)).sort()).toEqual([T.claims, T.clashes].sort());
      await page.close();
    }
  });

  it('marks the searched words on the article page opened from a result', async () => {
    const page = await open('?q=mobilization');
    await settled(page);
    await page.click('#search-results a.title >> nth=0');
    await page.waitForURL(/highlight=mobilization/);
    await expect.poll(() => page.$$eval('.article-body mark', (m) => m.map((x) => x.textContent?.toLowerCase()))).toContain('mobilization');
    await page.close();
  });

  it('lands a query typed in the header field on the search page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    await page.fill('#site-search-q', 'mobilization');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=mobilization/);
    await settled(page);
    expect((await titles(page)).length).toBe(2);
    await page.close();
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const page = await open('?q=leaked');
    await settled(page);
    expect(await titles(page)).toEqual(['Officials dispute {claims} about <script>alert("x")</script> the border']);
    await page.click('#search-results a.title');
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Officials dispute {claims} about <script>alert("x")</script> the border');
    expect(await page.$$eval('article script, article img', (els) => els.length)).toBe(0);
    await page.close();
  });
});
