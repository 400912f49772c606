/**
 * For browser tests: the fixture site (built by tests/global-setup.ts) served over HTTP and a
 * Chromium instance, started before the file's tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export function useSiteInBrowser(): { readonly server: StaticSite; readonly browser: Browser; readonly dist: string } {
  const state = { server: undefined as unknown as StaticSite, browser: undefined as unknown as Browser, dist: inject('site').dist };
  beforeAll(async () => {
    state.server = await serveStatic(state.dist);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
