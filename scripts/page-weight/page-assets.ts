/**
 * What a browser downloads to show a page, as written in its HTML: stylesheets, scripts, images,
 * icons, and the modules a module script imports statically. Links a reader may follow are not
 * part of the page's weight; a dynamic `import()` runs only on some visits and is not counted.
 */
import { Parser } from 'htmlparser2';

export interface PageAssets {
  /** URLs as written, in document order, each once. */
  urls: string[];
  /** Scripts the page runs: `<script src>` and inline module or classic scripts (not JSON-LD). */
  scripts: number;
  /** Text of the article's story (`.article-body`), empty on other pages: its length is the reader's, not the template's. */
  story: string;
}

/** `<link rel>` values whose target the browser fetches while loading the page. */
const FETCHED_LINKS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon']);
/** Script types that run; `application/ld+json` and friends are data. */
const RUNNING_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string): PageAssets {
  const urls = new Set<string>();
  let scripts = 0;
  let inlineScript: string | null = null;
  let story = '';
  /** Open elements inside the story, counted from the `.article-body` element (0 when outside). */
  let storyDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (storyDepth > 0 || (attrs.class ?? '').split(/\s+/).includes('article-body')) storyDepth++;
        if (name === 'link' && attrs.href && (attrs.rel ?? '').toLowerCase().split(/\s+/).some((rel) => FETCHED_LINKS.has(rel))) urls.add(attrs.href);
        else if (name === 'img' && attrs.src) urls.add(attrs.src);
        else if (name === 'script' && RUNNING_TYPES.has((attrs.type ?? '').toLowerCase())) {
          scripts++;
          if (attrs.src) urls.add(attrs.src);
          else if (attrs.type === 'module') inlineScript = '';
        }
      },
      ontext(text) {
        if (inlineScript !== null) inlineScript += text;
        if (storyDepth > 0) story += text;
      },
      onclosetag(name) {
        if (storyDepth > 0) storyDepth--;
        if (name !== 'script' || inlineScript === null) return;
        for (const url of staticImports(inlineScript)) urls.add(url);
        inlineScript = null;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { urls: [...urls], scripts, story };
}

/** `import x from "…"`, `import "…"`, `export … from "…"`; never `import("…")`. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;

/** The module specifiers a script imports statically, in order. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
}
