// Unit and fixture tests only, without building the fixture site: fast, and safe to run while
// another build or test run is going on.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(base, defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'tests/ingest-fixtures.test.ts'], globalSetup: [] },
}));
