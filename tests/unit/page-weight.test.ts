import { describe, expect, it } from 'vitest';
import { pageAssets, staticImports } from '../../scripts/page-weight/page-assets.ts';
import { pageType } from '../../scripts/page-weight/page-type.ts';
import { weighPage, type SiteReader } from '../../scripts/page-weight/weigh-pages.ts';
import { budgetNotices, budgetProblems, summariseWeights } from '../../scripts/page-weight/weight-report.ts';

/** A site in memory: the "gzip size" of a file is its length, to keep the sums readable. */
function memorySite(files: Record<string, string>): SiteReader {
  return {
    gzipSize: async (file) => (file in files ? files[file].length : null),
    text: async (file) => files[file],
    gzipText: (text) => text.length,
  };
}

describe('pageAssets', () => {
  it('lists what the browser fetches, not what a reader may follow or JSON-LD', () => {
    const html = `<link rel="stylesheet" href="/a.css"><link rel="canonical" href="/x/"><link rel="icon" href="/f.svg">
      <script type="application/ld+json">{"@context":"https://schema.org"}</script><script src="/b.js"></script>
      <img src="pic.png" alt=""><a href="/other/">other</a><link rel="stylesheet" href="/a.css">`;
    expect(pageAssets(html)).toEqual({ urls: ['/a.css', '/f.svg', '/b.js', 'pic.png'], scripts: 1, story: '' });
  });

  it('follows static imports of an inline module script but not a dynamic import()', () => {
    const html = `<script type="module">import { x } from "/m.js"; if (a) import('/lazy.js');</script>`;
    expect(pageAssets(html)).toEqual({ urls: ['/m.js'], scripts: 1, story: '' });
  });

  it('reads the story text of an article page, nested elements included', () => {
    const html = '<h1>Title</h1><div class="article-body"><p><a class="pin" href="#p-1">¶1</a>One.</p><p>Two <em>words</em>.</p></div><p>After</p>';
    expect(pageAssets(html).story).toBe('¶1One.Two words.');
  });
});

describe('staticImports', () => {
  it('reads minified and spaced static imports and re-exports', () => {
    expect(staticImports('import{a as b}from"./c.js";import"./d.js";export{e}from"./f.js";const g=import("./h.js")')).toEqual(['./c.js', './d.js', './f.js']);
  });
});

describe('pageType', () => {
  it.each([
    ['index.html', 'home'], ['articles/2020/slug-abc123/index.html', 'article'], ['actors/index.html', 'actors'],
    ['actors/nikol-pashinyan/index.html', 'actor'], ['places/baku/index.html', 'place'], ['dates/2020/10/index.html', 'date'],
    ['search/index.html', 'search'], ['404.html', 'other'],
  ])('%s is a %s page', (file, type) => expect(pageType(file)).toBe(type));
});

describe('weighPage', () => {
  it('sums the HTML and each same-origin asset once, following module imports, and names missing ones', async () => {
    const site = memorySite({
      'articles/x/index.html': '<link rel="stylesheet" href="/s.css"><script type="module" src="../../app.js"></script><img src="https://cdn.example/p.png"><img src="/gone.png">',
      's.css': 'body{}',
      'app.js': 'import"./chunk.js";import{a}from"/s.css"',
      'chunk.js': 'export const a=1',
    });
    const weight = await weighPage('articles/x/index.html', site);
    expect(weight.assets).toEqual({ 's.css': 6, 'app.js': 40, 'chunk.js': 16, 'gone.png': 0 });
    expect(weight.missing).toEqual(['/gone.png']);
    expect(weight.total).toBe(weight.html + 6 + 40 + 16);
    expect(weight.type).toBe('article');
  });
});

describe('budgets', () => {
  const weight = (type: 'article' | 'home', total: number, assets: Record<string, number> = {}) =>
    ({ file: `${type}.html`, type, total, html: total, assets, scripts: 0, story: 0, missing: [] });

  it('fails an article page over 50 KB or loading a script file, and names the largest parts', () => {
    expect(budgetProblems(weight('article', 50 * 1024))).toEqual([]);
    expect(budgetProblems(weight('article', 50 * 1024 + 1))).toEqual(['weighs 50.0 KB transferred, over the 50.0 KB budget of article pages (HTML 50.0 KB)']);
    expect(budgetProblems(weight('article', 1000, { 'x.js': 10 }))).toEqual(['loads scripts (x.js); article pages load none']);
  });

  it('notes, and does not fail, an article over budget by the length of its story alone', () => {
    const long = { ...weight('article', 200 * 1024), story: 160 * 1024 };
    expect(budgetProblems(long)).toEqual([]);
    expect(budgetNotices(long)).toEqual(['weighs 200.0 KB, over 50.0 KB by the length of its text alone (160.0 KB of story); the rest of the page weighs 40.0 KB']);
    const heavyTemplate = { ...weight('article', 200 * 1024), story: 100 * 1024 };
    expect(budgetProblems(heavyTemplate)).toHaveLength(1);
    expect(budgetNotices(heavyTemplate)).toEqual([]);
  });

  it('only reports the weight of page types without a budget', () => {
    expect(budgetProblems(weight('home', 500 * 1024, { 'x.js': 10 }))).toEqual([]);
  });

  it('gives the median and heaviest page per type', () => {
    const [summary] = summariseWeights([weight('article', 3), weight('article', 9), weight('article', 5)]);
    expect(summary).toMatchObject({ type: 'article', pages: 3, median: 5, heaviest: { total: 9 } });
  });
});
