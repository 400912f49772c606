/**
 * The files of a built site and the URL each page is served at. Listed once, so every link is
 * resolved against a set in memory rather than by asking the file system per link.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `siteDir`, relative with `/` separators, in code-point order. */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function isPage(file: string): boolean {
  return file.endsWith('.html');
}

/** `a/b/index.html` → `/a/b/`; `404.html` → `/404.html` (what a static host serves it as). */
export function pageUrlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The files a static host may answer a decoded URL path with, in the order it tries them:
 * `/x/` → `x/index.html`; `/x` → `x`, `x.html`, `x/index.html`.
 */
export function candidateFiles(urlPath: string): string[] {
  const relative = urlPath.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [relative, `${relative}.html`, `${relative}/index.html`];
}
