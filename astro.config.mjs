// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

// The generated archive the ingest wrote (see src/lib/paths.ts); Astro's content cache lives
// beside it, so building another corpus never reuses entries of the last one.
const workDir = path.resolve(process.env.ARCHIVE_WORK_DIR ?? '.archive');

export default defineConfig({
  // Absolute canonical URLs: set ARCHIVE_SITE to where the archive is published.
  site: process.env.ARCHIVE_SITE ?? 'http://localhost:4321', // keep in step with siteUrl() in src/lib/site.ts
  trailingSlash: 'always',
  // Four pages at a time: a page mostly waits for its file reads and writes, which then overlap
  // with rendering the next (at 5,000 articles: 16% less wall time, the same CPU; pages never
  // depend on the order they are built in, so dist/ is the same byte for byte).
  build: { format: 'directory', concurrency: 4 },
  cacheDir: path.join(workDir, 'astro-cache'),
  // The text of an archived article must render exactly as the source wrote it: no "smart"
  // quotes or dashes, no GFM (its ~~strikethrough~~ and autolinks would change text), no math
  // ($…$). MDX pages use this processor too. tests/build.test.ts checks the rendered text.
  markdown: {
    processor: satteri({ features: { gfm: false, smartPunctuation: false, math: false } }),
    syntaxHighlight: false,
  },
  integrations: [mdx()],
  // Pages are plain HTML; prefetching would fetch pages the reader never opens.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Every compiled MDX page carries Astro's "use astro:head-inject" directive, and the
        // bundler warns once per page that it may drop it; Astro handles it. Silenced so real
        // warnings stay visible at 10,000 pages. Remove when Astro stops emitting the directive.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
