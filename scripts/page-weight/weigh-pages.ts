/**
 * Transfer weight of each page: gzip size of its HTML plus the same-origin assets it loads
 * (and the modules those import), each asset counted once per page. The file reader is passed
 * in, so the arithmetic is tested without a site on disk.
 */
import { resolveReference } from '../site-check/resolve-reference.ts';
import { pageAssets, staticImports } from './page-assets.ts';
import { pageType, type PageType } from './page-type.ts';

export interface SiteReader {
  /** Gzip size of a site file by its path (`_astro/a.css`), or null when there is no such file. */
  gzipSize(file: string): Promise<number | null>;
  text(file: string): Promise<string>;
  /** Gzip size of a string. */
  gzipText(text: string): number;
}

export interface PageWeight {
  /** The page's file, e.g. `articles/2020/x/index.html`. */
  file: string;
  type: PageType;
  /** Bytes: HTML and all assets, gzipped. */
  total: number;
  html: number;
  /** Asset path → gzip bytes. */
  assets: Record<string, number>;
  /** Scripts the page runs (inline or external). */
  scripts: number;
  /** Gzip bytes of the article's story text alone (0 on other pages). */
  story: number;
  /** Same-origin URLs it loads that are not in the site. */
  missing: string[];
}

/** `/articles/x/index.html` is served at `/articles/x/`. */
const servedAt = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function weighPage(file: string, site: SiteReader, siteOrigin: string | null = null): Promise<PageWeight> {
  const html = await site.text(file);
  const found = pageAssets(html);
  const assets: Record<string, number> = {};
  const missing: string[] = [];
  const queue = found.urls.map((url) => ({ url, from: servedAt(file) }));
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const ref = resolveReference(url, from, siteOrigin);
    if (ref.kind !== 'internal') continue;
    const asset = ref.path.replace(/^\//, '');
    if (asset in assets) continue;
    const size = await site.gzipSize(asset);
    if (size === null) {
      missing.push(ref.path);
      assets[asset] = 0;
      continue;
    }
    assets[asset] = size;
    if (asset.endsWith('.js') || asset.endsWith('.mjs')) {
      for (const imported of staticImports(await site.text(asset))) queue.push({ url: imported, from: ref.path });
    }
  }
  const htmlSize = (await site.gzipSize(file)) ?? 0;
  const total = htmlSize + Object.values(assets).reduce((sum, n) => sum + n, 0);
  const story = found.story ? site.gzipText(found.story) : 0;
  return { file, type: pageType(file), total, html: htmlSize, assets, scripts: found.scripts, story, missing };
}
