import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    // The build and browser tests run the whole pipeline; they are slow by nature, not by bug.
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
