/**
 * The whole pipeline on a fixture corpus (see tests/global-setup.ts): what a fresh build
 * writes to dist/: pages, the data export, the ingest report and the Pagefind index.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

const site = inject('site');
const read = (p: string) => readFileSync(path.join(site.dist, p), 'utf8');
const json = <T>(p: string): T => JSON.parse(read(p));
const pageFile = (url: string) => path.join(site.dist, url, 'index.html');

interface ArticleRecord {
  id: string; url: string; sourceFile: string; title: string; subtitle: string | null;
  published: { date: string | null; certainty: string }; source: { name: string } | null;
  authors: string[]; dateline: string | null; actors: { id: string; name: string }[]; places: { id: string; name: string }[];
}
interface EntityRecord { id: string; name: string; aliases: string[]; url: string; articles: string[] }
interface ReportEntry { path: string; outcome: string; diagnostics: { ruleId: string; severity: string; message: string; hint: string }[] }

const articles = json<ArticleRecord[]>('data/articles.json');
const report = json<ReportEntry[]>('data/ingest-report.json');

describe('build of the fixture corpus', () => {
  it('accounts for every source file in the ingest report', () => {
    const outcomes = Object.fromEntries(report.map((r) => [r.path, r.outcome]));
    expect(outcomes).toEqual({
      'extra/control-and-invisible-characters.txt': 'page',
      'extra/deeper/image-saved-as-text.txt': 'rejected',
      'extra/empty-file.txt': 'rejected',
      'extra/legacy-encoding-windows-1252.txt': 'page',
      'extra/markup-in-article-text.txt': 'page',
      'extra/orphan.meta.json': 'metadata',
      'extra/relative-date-saved-with-its-day.txt': 'page',
      'extra/relative-date-without-reference.txt': 'page',
      'extra/report.pdf': 'rejected',
      'extra/same-story/first-version.txt': 'page',
      'extra/same-story/second-version.txt': 'page',
      'extra/right-to-left-arabic.txt': 'page',
      'extra/utf-16-with-bom.txt': 'page',
      'extra/yaml-syntax-in-headline.txt': 'page',
      'formats/crawler-lines.jsonl#line-1': 'page',
      'formats/crawler-lines.jsonl#line-2': 'page',
      'formats/crawler-lines.jsonl#line-3': 'rejected',
      'formats/crawler-lines.jsonl#line-5': 'rejected',
      'formats/crawler-lines.jsonl#line-6': 'page',
      'formats/markdown-with-frontmatter.md': 'page',
      'formats/news-page.html': 'page',
      'large/one-enormous-line.txt': 'page',
      'large/three-megabyte-article.txt': 'page',
      'outlet-a/000_722582a9e13e0dbd.txt': 'page',
      'outlet-a/002_8136f59bb0079f48.txt': 'page',
      'outlet-a/004_e05aee62c500806f.txt': 'page',
      'outlet-b/2020/001_25caa67013af87c8.txt': 'page',
      'outlet-b/2020/003_c70e7c22c5f024e5.txt': 'page',
      'zz-saved-again/copy-of-001_25caa67013af87c8.txt': 'duplicate',
    });
    const rules = (p: string) => report.find((r) => r.path === p)!.diagnostics.map((d) => d.ruleId);
    expect(rules('extra/deeper/image-saved-as-text.txt')).toContain('binary-file');
    expect(rules('extra/empty-file.txt')).toContain('empty-file');
    expect(rules('extra/report.pdf')).toContain('unsupported-format');
    expect(rules('zz-saved-again/copy-of-001_25caa67013af87c8.txt')).toContain('duplicate-article');
    for (const entry of report) for (const d of entry.diagnostics) expect(d.hint, `${entry.path} ${d.ruleId}`).not.toBe('');
  });

  it('prints a readable summary with counts per outcome', () => {
    expect(site.buildLog).toContain('29 report entries (files, and records of crawler files) → 22 pages, 1 duplicates, 5 rejected, 1 metadata files');
    expect(site.buildLog).toMatch(/fix: /);
  });

  it('writes one page per article, at the URL the export gives', () => {
    expect(articles).toHaveLength(22);
    for (const a of articles) {
      expect(existsSync(pageFile(a.url)), a.url).toBe(true);
      expect(a.url).toMatch(/^\/articles\/(\d{4}|undated)\/[a-z0-9-]+-[a-z0-9]{8}\/$/);
      expect(a.url.endsWith(`-${a.id}/`)).toBe(true);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(22);
  });

  it('keeps the stories and their metadata out of Astro’s content store, which Astro bundles whole into the build (article-loader.ts)', () => {
    const store = readFileSync(path.join(site.work, 'astro-cache/data-store.json'), 'utf8');
    // Every story's paragraph marks carry data-pagefind-ignore; the entries hold no metadata: the site reads the catalogue.
    expect(store).not.toContain('data-pagefind-ignore');
    for (const a of articles) expect(store).not.toContain(a.sourceFile);
    expect(readdirSync(path.join(site.work, 'article-html')).sort()).toEqual(articles.map((a) => `${a.id}.html`).sort());
    const catalogue = readFileSync(path.join(site.work, 'catalogue.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; sourceFile: string });
    expect(catalogue.map((a) => a.id)).toEqual(articles.map((a) => a.id).sort());
    expect(catalogue.map((a) => a.sourceFile).sort()).toEqual(articles.map((a) => a.sourceFile).sort());
  });

  it('exports the articles.json contract', () => {
    const a = articles.find((x) => x.sourceFile === 'outlet-b/2020/001_25caa67013af87c8.txt')!;
    expect(a).toMatchObject({
      title: 'Azerbaijan seizes Armenian arms, ammunition, vehicles',
      published: { date: '2020-10-02', certainty: 'stated' },
      source: { name: 'Anadolu Agency' },
      authors: ['Ruslan Rehimov'],
      dateline: 'BAKU, Azerbaijan',
    });
    for (const record of articles) {
      expect(Object.keys(record)).toEqual(expect.arrayContaining(['id', 'url', 'sourceFile', 'title', 'subtitle', 'published', 'source', 'authors', 'dateline', 'actors', 'places']));
      expect(['stated', 'inferred', 'unknown']).toContain(record.published.certainty);
    }
    const undated = articles.filter((x) => x.published.date === null);
    expect(undated.every((x) => x.published.certainty === 'unknown')).toBe(true);
  });

  it('exports actors and places whose pages exist and whose articles are in the export', () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const file of ['data/actors.json', 'data/places.json']) {
      const entities = json<EntityRecord[]>(file);
      expect(entities.length).toBeGreaterThan(5);
      for (const e of entities) {
        expect(existsSync(pageFile(e.url)), e.url).toBe(true);
        expect(e.articles.length).toBeGreaterThan(0);
        for (const id of e.articles) expect(ids.has(id)).toBe(true);
      }
    }
    const karabakh = json<EntityRecord[]>('data/places.json').find((p) => p.id === 'nagorno-karabakh')!;
    expect(karabakh.aliases).toContain('Upper Karabakh');
    expect(karabakh.articles).toHaveLength(5);
  });

  it('writes the index pages: home, actors, places, date archives down to the day, search', () => {
    for (const url of ['/', '/actors/', '/places/', '/dates/', '/dates/2020/', '/dates/2020/10/', '/dates/2020/10/02/', '/dates/undated/', '/search/']) {
      expect(existsSync(pageFile(url)), url).toBe(true);
    }
    expect(read('dates/2020/10/02/index.html')).toContain('Azerbaijan seizes Armenian arms, ammunition, vehicles');
  });

  it('indexes exactly the article pages for search, with filters and a date sort', () => {
    const shards = json<Record<'dated' | 'undated', { dir: string; pages: number }[]>>('pagefind/shards.json');
    expect([...shards.dated, ...shards.undated].reduce((n, s) => n + s.pages, 0)).toBe(22);
    // The fixture site is built with shards of four articles (tests/global-setup.ts): the search tests run across shards.
    expect(shards.dated.length).toBeGreaterThanOrEqual(2);
    const html = readFileSync(pageFile(articles.find((a) => a.published.date === '2020-10-02')!.url), 'utf8');
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/<time datetime="2020-10-02" data-pagefind-meta="date" data-pagefind-sort="date\[datetime\]">/);
    expect(html).toMatch(/data-pagefind-filter="place">Nagorno-Karabakh</);
    expect(html).toMatch(/data-pagefind-filter="source" data-pagefind-meta="source">Anadolu Agency</);
    expect(html).toContain('data-pagefind-filter="year:2020"');
  });

  it('shows markup in article text as text and emits no script from it', () => {
    const hostile = articles.find((a) => a.sourceFile === 'extra/markup-in-article-text.txt')!;
    expect(hostile.title).toBe('Officials dispute {claims} about <script>alert("x")</script> the border');
    const html = readFileSync(pageFile(hostile.url), 'utf8');
    // Article pages carry no script but their JSON-LD data and the search highlighter's loader,
    // and the text made no element or link.
    const { document } = parseHTML(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'module']);
    expect(scripts[1].textContent).toContain("import('/pagefind/pagefind-highlight.js')");
    expect(scripts[1].textContent).not.toContain('claims');
    expect(document.querySelectorAll('img, iframe, object, embed, [onerror], [onload], a[href^="javascript:"]').length).toBe(0);
    expect(document.querySelector('h1')!.textContent).toBe(hostile.title);
    expect(html).toContain('{process.exit(1)} and &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('export const leaked = 1;');
    // Quotes are checked in the text: whether a renderer writes " or &quot; is not the point.
    const text = document.querySelector('article')!.textContent!;
    expect(text).toContain('import evil from "node:fs";');
    expect(html).toContain('# A hash sign started this paragraph, and *asterisks* and _underscores_ and [brackets](javascript:alert(3))');
    expect(html).toContain('«می‌خواهم»');
    // No typographic rewriting: straight quotes, double hyphens and tildes stay as the source has them.
    expect(text).toContain('Prices rose -- sharply -- after "talks" failed, and ~~struck~~ words, https://example.com/a_b_c and 1/2 and $5 or $10 stayed as written...');
  });

  it('passes the site integrity check: no broken internal link or anchor, valid HTML', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check-site.ts', site.dist, '--site', 'http://localhost:4321'], { cwd: path.resolve(import.meta.dirname, '..') });
    expect(stdout).toMatch(/\d+ pages checked \(all validated\), \d+ internal links checked .* 0 problems/);
  }, 60_000); // validates every page: ~10 s alone, more on a busy machine

  it('fails with --strict when a source file has an error', async () => {
    const run = promisify(execFile)(process.execPath, ['scripts/ingest-cli.ts', '--corpus', site.corpus, '--strict'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, ARCHIVE_WORK_DIR: path.join(site.work, '../strict-work') },
    });
    await expect(run).rejects.toMatchObject({ code: 1 });
  }, 120_000); // a whole ingest of the fixture corpus in a child process

  it('stops the render with what to do when the catalogue is cut short', async () => {
    const work = path.join(site.work, '../cut-catalogue-work');
    await rm(work, { recursive: true, force: true });
    await cp(site.work, work, { recursive: true });
    const catalogue = path.join(work, 'catalogue.jsonl');
    const text = readFileSync(catalogue, 'utf8');
    await writeFile(catalogue, text.slice(0, text.indexOf('\n') + 20));
    const run = promisify(execFile)(process.execPath, ['scripts/build.ts', '--step', 'render', '--out', path.join(work, 'dist')], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, ARCHIVE_WORK_DIR: work },
    });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/catalogue\.jsonl to list exactly the articles .* found no catalogue\. Run the ingest again/) });
  }, 120_000); // Astro's start and bundle in a child process
});

describe('who, where, when: mentions, statements and dates in context', () => {
  const seized = () => articles.find((a) => a.title === 'Azerbaijan seizes Armenian arms, ammunition, vehicles')!;
  const page = (url: string) => parseHTML(readFileSync(pageFile(url), 'utf8')).document;

  it('links the first mention of an actor or place in the article text to its page, once', () => {
    const body = page(seized().url).querySelector('.article-body')!;
    const links = [...body.querySelectorAll('a[href^="/actors/"], a[href^="/places/"]')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/actors/azerbaijani-armed-forces/');
    expect(links).toContain('/places/nagorno-karabakh/');
    expect(new Set(links).size).toBe(links.length);
  });

  it('lists each article on an entity page with the sentences naming it, each linked to an anchor that exists', () => {
    const doc = page('/actors/ilham-aliyev/');
    const items = [...doc.querySelectorAll('.article-list > li')];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const context of item.querySelectorAll('.contexts li')) {
        expect(context.querySelector('mark')!.textContent).toMatch(/Aliyev/);
        const href = context.querySelector('a.para-link')!.getAttribute('href')!;
        const [url, anchor] = href.split('#');
        if (anchor) expect(page(url).getElementById(anchor), href).not.toBeNull();
      }
    }
  });

  it('lists what an actor is reported to have said, with outlet, date and paragraph', () => {
    const doc = page('/actors/azerbaijan-ministry-of-defence/');
    const statements = [...doc.querySelectorAll('#statements ~ .statements .statement')];
    expect(statements.length).toBeGreaterThan(0);
    const text = statements.map((s) => s.textContent).join('\n');
    expect(text).toContain('2,300 Armenian soldiers have been neutralized');
    expect(text).toContain('Anadolu Agency, 30 September 2020');
    expect(statements[0].querySelector('a.para-link')!.getAttribute('href')).toMatch(/^\/articles\/.+#p-[a-z0-9]+/);
  });

  it('shows the actors and places most often named with an entity', () => {
    const doc = page('/actors/ilham-aliyev/');
    expect(doc.querySelector('#named-with')).not.toBeNull();
    expect([...doc.querySelectorAll('#named-with ~ .columns a')].map((a) => a.getAttribute('href'))).toContain('/places/azerbaijan/');
  });

  it('indexes the dates the stories mention apart from publication dates, read against the publication day', () => {
    expect(existsSync(pageFile('/dates/mentioned/'))).toBe(true);
    const september = readFileSync(pageFile('/dates/mentioned/2020/09/'), 'utf8');
    expect(september).toContain('27 September 2020');
    expect(september).toContain('read against the publication date');
    expect(september).toContain(`href="${seized().url}#p-`);
    const exported = (articles as unknown as { datesMentioned: { date: string; certainty: string; text: string }[] }[]).flatMap((a) => a.datesMentioned);
    expect(exported).toContainEqual({ date: '2020-09-27', certainty: 'inferred', text: 'last Sunday' });
    expect(read('data/dates-mentioned.csv')).toMatch(/^date,certainty,text,article_id,published,source,paragraph,paragraph_url,sentence\r\n/);
    expect(read('data/dates-mentioned.csv')).toContain('2020-09-27,inferred,last Sunday,');
  });

  it('exports the statements with speaker, outlet and paragraph URL', () => {
    const rows = read('data/statements.csv').split('\r\n');
    expect(rows[0]).toBe('speaker_kind,speaker_id,speaker_name,article_id,published,source,paragraph,paragraph_url,cue,quote,sentence');
    expect(rows.some((r) => r.startsWith('actor,azerbaijan-ministry-of-defence,Ministry of Defence of Azerbaijan,') && /\/articles\/[^,]+#p-[a-z0-9]+,said,/.test(r))).toBe(true);
  });
});

describe('hostile and broken input', () => {
  const byFile = (f: string) => articles.find((a) => a.sourceFile === f)!;
  const bodyText = (a: ArticleRecord) => parseHTML(readFileSync(pageFile(a.url), 'utf8')).document.querySelector('.article-body')!.textContent!;
  const rules = (p: string) => report.find((r) => r.path === p)!.diagnostics.map((d) => d.ruleId);

  it('keeps a headline written in YAML syntax and bare --- lines as text', () => {
    const a = byFile('extra/yaml-syntax-in-headline.txt');
    expect(a.title).toBe('title: "quoted" --- [list, of] {map: yes} # not a comment & *alias !!binary no');
    expect(parseHTML(readFileSync(pageFile(a.url), 'utf8')).document.querySelector('h1')!.textContent).toBe(a.title);
    expect(bodyText(a)).toContain('with key: value pairs, a --- fence and a # sign');
  });

  it('decodes a Windows-1252 file and says so', () => {
    const a = byFile('extra/legacy-encoding-windows-1252.txt');
    expect(a.title).toBe('Café owners in Gyumri say “business is slow”');
    expect(bodyText(a)).toContain('about €1.40');
    expect(rules('extra/legacy-encoding-windows-1252.txt')).toContain('encoding-fallback');
  });

  it('decodes UTF-16, removes control and invisible characters, keeps right-to-left text', () => {
    expect(byFile('extra/utf-16-with-bom.txt').title).toBe('Border crossing reopens after talks');
    const ctl = byFile('extra/control-and-invisible-characters.txt');
    expect(ctl.title).toBe('Ministry statement on the ceasefire');
    expect(bodyText(ctl)).toContain('The ministry said in a statement that the ceasefire held overnight, with no violations');
    const ar = byFile('extra/right-to-left-arabic.txt');
    expect(ar.title).toBe('محادثات السلام تستأنف في جنيف');
    expect(bodyText(ar)).toContain('استأنف ممثلو البلدين المحادثات في جنيف');
  });

  it('gives a very large article and a one-line article their pages, cut and broken with report entries', () => {
    const big = byFile('large/three-megabyte-article.txt');
    expect(rules('large/three-megabyte-article.txt')).toContain('article-truncated');
    expect(existsSync(pageFile(big.url))).toBe(true);
    const line = byFile('large/one-enormous-line.txt');
    expect(rules('large/one-enormous-line.txt')).toEqual(expect.arrayContaining(['line-too-long', 'headline-missing']));
    expect(line.title).toBe('A report saved without line breaks Negotiators met again in Geneva on…');
    expect(readFileSync(pageFile(line.url), 'utf8')).toContain('Negotiators met again in Geneva');
  });
});

describe('formats and metadata beside the articles', () => {
  const byFile = (f: string) => articles.find((a) => a.sourceFile === f)! as ArticleRecord & { originalUrl: string | null };

  it('reads an HTML page: headline without the site-name suffix, outlet and date from its metadata, no web furniture', () => {
    const a = byFile('formats/news-page.html');
    expect(a.title).toBe('Ceasefire talks resume in Geneva as shelling continues');
    expect(a.published.certainty).toBe('stated');
    const body = parseHTML(readFileSync(pageFile(a.url), 'utf8')).document.querySelector('.article-body')!.textContent!;
    expect(body).not.toMatch(/cookie|Share on|Subscribe/i);
  });

  it('reads a crawler JSON Lines file record by record, reporting the broken ones', () => {
    const a = byFile('formats/crawler-lines.jsonl#line-1');
    expect(a.title).toBe('Ceasefire announced after talks in Moscow');
    expect(a.authors).toEqual(['Andrew Osborn', 'Nvard Hovhannisyan']);
    expect(report.find((r) => r.path === 'formats/crawler-lines.jsonl#line-3')!.diagnostics.map((d) => d.ruleId)).toEqual(['json-invalid']);
  });

  it('reads Markdown with frontmatter: metadata from the frontmatter, markup as text', () => {
    const a = byFile('formats/markdown-with-frontmatter.md');
    expect(a).toMatchObject({ title: 'Prisoner exchange completed at the border', authors: ['Lilit Sargsyan'], published: { date: '2021-01-28', certainty: 'stated' }, source: { name: 'OC Media' }, originalUrl: 'https://example.org/news/2021/01/prisoner-exchange' });
    const body = parseHTML(readFileSync(pageFile(a.url), 'utf8')).document.querySelector('.article-body')!.textContent!;
    expect(body).toContain('Officials from both countries confirmed on Thursday that the exchange of detainees');
    expect(body).not.toContain('**');
  });

  it('lets a sidecar supply the date and the original URL, kept for citation', () => {
    const a = byFile('outlet-a/000_722582a9e13e0dbd.txt');
    expect(a.published).toEqual({ date: '2020-10-03', certainty: 'stated' });
    expect(a.originalUrl).toBe('https://www.aa.com.tr/en/azerbaijan-front-line/watch-azerbaijans-army-destroys-armenian-military-equipment/1993215');
    const head = parseHTML(readFileSync(pageFile(a.url), 'utf8')).document;
    expect(head.querySelector('meta[name="citation_public_url"]')!.getAttribute('content')).toBe(a.originalUrl);
  });

  it('infers a relative date ("3 hours ago") only against the day the page was saved, and marks it inferred', () => {
    expect(byFile('extra/relative-date-saved-with-its-day.txt').published).toEqual({ date: '2020-10-02', certainty: 'inferred' });
    const undated = byFile('extra/relative-date-without-reference.txt');
    expect(undated.published).toEqual({ date: null, certainty: 'unknown' });
    expect(report.find((r) => r.path === 'extra/relative-date-without-reference.txt')!.diagnostics.map((d) => d.ruleId)).toContain('date-relative-unresolved');
  });

  it('reports a sidecar that names no article', () => {
    expect(report.find((r) => r.path === 'extra/orphan.meta.json')!.diagnostics.map((d) => d.ruleId)).toEqual(['sidecar-orphan']);
  });
});

describe('citable pages', () => {
  const head = (url: string) => parseHTML(readFileSync(pageFile(url), 'utf8')).document;

  it('puts matching citation metadata in the head of every article page', () => {
    for (const a of articles) {
      const doc = head(a.url);
      const meta = (name: string) => [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
      expect(meta('citation_title'), a.url).toEqual([a.title]);
      expect(meta('citation_author')).toEqual(a.authors);
      expect(meta('DC.type')).toEqual(['newspaperArticle']);
      expect(meta('citation_date')).toEqual(a.published.date ? [a.published.date.replaceAll('-', '/')] : []);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`http://localhost:4321${a.url}`);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: a.title, url: `http://localhost:4321${a.url}` });
      expect(doc.querySelector('span.Z3988')!.getAttribute('title')).toContain('rft.atitle=');
    }
  });

  it('anchors every paragraph, and the per-article JSON gives the same anchors', () => {
    for (const a of articles) {
      const record = json<{ paragraphs: { kind: string; anchor?: string; n?: number; url?: string }[] }>(`data/articles/${a.id}.json`);
      const anchors = record.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.anchor);
      const ids = [...head(a.url).querySelectorAll('.article-body a.pin')].map((el) => el.getAttribute('id'));
      expect(ids).toEqual(anchors);
      expect(new Set(ids).size).toBe(ids.length);
      expect(record.paragraphs.find((p) => p.anchor)!.url).toBe(`http://localhost:4321${a.url}#${anchors[0]}`);
    }
  });

  it('writes the CSV exports, the sitemap and the Atom feed', () => {
    expect(read('data/articles.csv').split('\r\n')[0]).toMatch(/^id,url,title,/);
    for (const f of ['data/actors.csv', 'data/places.csv', 'data/mentions.csv']) expect(read(f).length).toBeGreaterThan(50);
    const sitemap = read('sitemap.xml');
    for (const a of articles) expect(sitemap).toContain(`<loc>http://localhost:4321${a.url}</loc>`);
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).not.toMatch(/<script>alert/);
  });
});
