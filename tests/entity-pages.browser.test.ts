/**
 * Entity pages in real Chromium against the fixture site: the name filter of the actors index
 * (any spelling), and a sentence in context that opens its article at the paragraph.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from './helpers/browser.ts';
import { useSiteInBrowser } from './helpers/site-in-browser.ts';

const site = useSiteInBrowser();

describe.runIf(hasChromium() || process.env.CI)('entity pages in the browser', () => {
  it('filters the actors index by any spelling of a name, and says how many match', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/actors/`);
    const visible = () => page.$$eval('#actor-list > li', (items) => (items as HTMLElement[]).filter((li) => !li.hidden).map((li) => li.querySelector('a')!.textContent));
    const all = (await visible()).length;
    await page.getByLabel('Filter actors by name or spelling').fill('pachinian');
    expect(await visible()).toEqual(['Nikol Pashinyan']);
    expect(await page.textContent('[data-filter-status]')).toBe(`1 of ${all}`);
    await page.getByLabel('Filter actors by name or spelling').fill('');
    expect((await visible()).length).toBe(all);
    await page.close();
  });

  it('opens the article at the paragraph of a sentence in context', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/actors/nikol-pashinyan/`);
    const link = page.locator('.contexts a.para-link[href*="#"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    const target = await page.evaluate(() => document.querySelector(':target')?.closest('p')?.textContent ?? '');
    expect(target).toMatch(/Pashinyan|Pachinian|Pashinian/);
    await page.close();
  });
});
