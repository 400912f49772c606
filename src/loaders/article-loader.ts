/**
 * The articles collection: the ingest's MDX pages, each rendered to HTML once, here, with the
 * site's Markdown processor, under a digest of its inputs kept in Astro's content store, so an
 * unchanged page is not rendered again on the next build. Astro's glob loader would compile
 * every .mdx file into its own JavaScript module instead: at 20,000 articles that is most of
 * the build's time and memory (withastro/astro#14893, #12888).
 *
 * The HTML is written to a file per article (`options.html`), which the article page reads
 * (getArticleHtml), not kept in the store as the entry's `rendered`: Astro bundles the whole
 * store into the build as one JavaScript string (and holds it while pages are built), so the
 * stories made most of the store, of the bundler's memory (the render step's peak) and of the
 * time to write and load it. For the same reason entries do not keep the metadata either (at
 * 20,000 articles, 50 MB of store that every build wrote, bundled and compiled again, a quarter
 * of a rebuild's render): the site reads it from the catalogue the ingest writes beside the
 * pages (src/lib/archive.ts). An entry is the article's id and the digest of its body.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { progressReporter } from '../../scripts/progress.ts';
import { bodyWithMarks } from './paragraph-marks.ts';
import { pageTextDigest, readPageDigests, trustedDigest } from '../lib/page-digests.ts';

/** Bump when the HTML this loader makes changes, so cached entries are rendered again. */
const MARKUP_VERSION = '2';

export interface ArticleLoaderOptions {
  /** Folder of `<id>.mdx` pages. */
  articles: string;
  /** Folder of `<id>.json` records (their `citations.inText` is the paragraph pin-cite). */
  records: string;
  /** Folder the loader writes each article's HTML to (`<id>.html`); the article page reads it. */
  html: string;
  /** Absolute URL the site is published at (pin-cite links). */
  site: string;
  /** The ingest's page digests (src/lib/page-digests.ts): unchanged pages are not read at all. */
  pageDigests: string;
}

/** `---\nYAML\n---\nBODY` → its two parts; the ingest always writes frontmatter. */
function splitFrontmatter(text: string, file: string): { yaml: string; body: string } {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) throw new Error(`expected ${file} to start with YAML frontmatter between --- lines, found none. Rebuild the archive (npm run ingest).`);
  return { yaml: text.slice(4, end), body: text.slice(end + 5) };
}

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'archive-articles',
    async load({ store, renderMarkdown, generateDigest }) {
      // Before the first ingest there is no folder yet (e.g. `astro sync`): no articles.
      const names = (await readdir(options.articles).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      await mkdir(options.html, { recursive: true });
      const progress = progressReporter('render: article bodies');
      const known = readPageDigests(options.pageDigests);
      // One listing, not a check per article, of the stories rendered by earlier builds.
      const rendered = new Set(await readdir(options.html));
      for (const [i, name] of names.entries()) {
        progress(i, names.length);
        const id = name.slice(0, -'.mdx'.length);
        const filePath = path.join(options.articles, name);
        const recordPath = path.join(options.records, `${id}.json`);
        seen.add(id);
        const read = () => Promise.all([readFile(filePath, 'utf8'), readFile(recordPath, 'utf8').catch(() => null)]);
        // The digest of the two texts: from the ingest's list while the files are as it left them, else read.
        const trusted = trustedDigest(known[id], filePath, recordPath);
        let texts = trusted ? null : await read();
        const pageDigest = trusted?.digest ?? pageTextDigest(texts![0], texts![1] ?? '');
        const digest = generateDigest(`${MARKUP_VERSION}\0${options.site}\0${pageDigest}`);
        const htmlFile = path.join(options.html, `${id}.html`);
        if (store.get(id)?.digest === digest && rendered.has(`${id}.html`)) continue;
        texts ??= await read();
        const [text, record] = texts;
        const { yaml, body } = splitFrontmatter(text, filePath);
        // The ingest writes the frontmatter as JSON, which is YAML too (article-to-mdx.ts): JSON.parse is its fast path.
        const fields = (yaml.startsWith('{') ? JSON.parse(yaml) : parseYaml(yaml)) as Record<string, unknown>;
        if (typeof fields.url !== 'string') throw new Error(`expected ${filePath} to have a "url" in its frontmatter, found ${JSON.stringify(fields.url)}. Rebuild the archive (npm run ingest).`);
        const inText = record ? (JSON.parse(record) as { citations: { inText: string } }).citations.inText : null;
        const pageUrl = new URL(fields.url, options.site).href;
        const { html } = await renderMarkdown(bodyWithMarks(body, pageUrl, inText));
        await writeFile(htmlFile, html);
        store.set({ id, data: {}, digest, filePath: path.relative(process.cwd(), filePath) });
      }
      progress(names.length, names.length);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const name of await readdir(options.html)) if (!seen.has(name.slice(0, -'.html'.length))) await rm(path.join(options.html, name), { force: true });
    },
  };
}
