import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/tests/helpers/static-server.ts';
const [site, out, ...pages] = process.argv.slice(2);
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [i, p] of pages.entries()) {
  const [url, width] = p.split('@');
  const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
  await page.goto(server.url + url);
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true });
  await page.close();
}
await browser.close(); await server.close();
