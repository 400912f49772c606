// Unit and fixture tests only, without building the fixture site: fast, and safe to run while
// another build or test run is going on. (Not mergeConfig: it would concatenate the arrays.)
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/ingest-fixtures.test.ts'],
    testTimeout: 20_000,
  },
});
