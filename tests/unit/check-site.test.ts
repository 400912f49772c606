/**
 * The site check (`scripts/check-site.ts`): its pure steps, the fixture sites in
 * tests/fixtures/site-check/ (one folder per behaviour, named as a sentence; the problems each
 * must produce are listed in FIXTURES below), and the CLI end to end (exit codes and output).
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/site-check/find-broken-links.ts';
import { parsePage, srcsetUrls } from '../../scripts/site-check/parse-page.ts';
import { hasFragmentTarget, resolveReference } from '../../scripts/site-check/resolve-reference.ts';
import { runSiteCheck } from '../../scripts/site-check/run-site-check.ts';
import { candidateFiles, pageUrlOf } from '../../scripts/site-check/site-files.ts';
import { collapseRepeats, compareProblems, formatProblem, formatSummary, type SiteProblem } from '../../scripts/site-check/site-report.ts';
import { createValidator, samplePages, validatePage } from '../../scripts/site-check/validate-html.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/site-check');

/** Each fixture site → the problems it must produce, as `file:line [rule]`. */
const FIXTURES_EXPECTED: Record<string, { siteOrigin?: string; problems: string[] }> = {
  'astro-markup-passes': { problems: [] },
  'broken-anchor-is-reported': { problems: ['index.html:10 [broken-anchor]', 'index.html:11 [broken-anchor]'] },
  'broken-link-is-reported': {
    problems: ['index.html:10 [broken-link]', 'index.html:12 [broken-link]', 'index.html:13 [broken-link]', 'sub/index.html:10 [broken-link]'],
  },
  'clean-site-passes': { siteOrigin: 'https://example.org', problems: [] },
  'invalid-html-is-reported': {
    problems: ['index.html:11 [no-dup-id]', 'index.html:12 [wcag/h37]', 'index.html:13 [element-permitted-content]'],
  },
  'javascript-url-is-reported': { problems: ['index.html:10 [javascript-url]', 'index.html:11 [javascript-url]'] },
  'pagefind-attributes-on-visible-elements-pass': { problems: [] },
  'pagefind-meta-in-the-body-is-reported': {
    problems: [
      'index.html:12 [attribute-misuse]',
      'index.html:12 [element-permitted-content]',
      'index.html:13 [attribute-misuse]',
      'index.html:13 [element-permitted-content]',
    ],
  },
  'relative-and-query-links-resolve': { problems: [] },
  'site-origin-links-are-internal': { siteOrigin: 'https://example.org', problems: ['index.html:12 [broken-link]', 'index.html:13 [broken-anchor]'] },
};

describe('resolveReference', () => {
  it.each([
    ['/x/', '/a/', null, '/x/', null],
    ['../x', '/a/b/', null, '/a/x', null],
    ['x?q=1#p-1', '/a/', null, '/a/x', 'p-1'],
    ['/search/?q=x', '/', null, '/search/', null],
    ['#', '/a/', null, '/a/', null],
    ['', '/a/', null, '/a/', null],
    ['#top', '/404.html', null, '/404.html', 'top'],
    ['/caf%C3%A9/', '/', null, '/café/', null],
    ['/café/', '/', null, '/café/', null],
    ['../../../../x/', '/a/', null, '/x/', null],
    ['https://example.org/x/#y', '/', 'https://example.org', '/x/', 'y'],
    ['//example.org/x/', '/', 'https://example.org', '/x/', null],
  ])('resolves %j on %j (site %s) to the path %j, fragment %j', (url, pageUrl, site, expectedPath, fragment) => {
    expect(resolveReference(url, pageUrl, site)).toEqual({ kind: 'internal', path: expectedPath, fragment });
  });

  it.each([
    ['mailto:archive@example.org'],
    ['tel:+15550100'],
    ['data:image/gif;base64,R0lGOD'],
    ['https://other.example/x/'],
    ['https://example.org/x/'],
  ])('skips %j when no site origin is configured', (url) => {
    expect(resolveReference(url, '/', null)).toEqual({ kind: 'skipped' });
  });

  it('skips another scheme of the site origin, which is another origin', () => {
    expect(resolveReference('http://example.org/x/', '/', 'https://example.org')).toEqual({ kind: 'skipped' });
  });

  it.each([['javascript:void(0)'], [' JavaScript:alert(1)'], ['java\tscript:alert(1)']])('recognises %j as a javascript: URL, as browsers do', (url) => {
    expect(resolveReference(url, '/', null)).toEqual({ kind: 'javascript' });
  });

  it('calls a URL invalid when its percent-escapes are malformed or the parser rejects it', () => {
    expect(resolveReference('/bad%E0%A4%A/', '/', null)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('malformed percent-escape') });
    expect(resolveReference('http://[', '/', null)).toMatchObject({ kind: 'invalid' });
  });

  it('resolves against <base href> when the page sets one', () => {
    expect(resolveReference('x/', '/a/', null, '/base/')).toEqual({ kind: 'internal', path: '/base/x/', fragment: null });
  });
});

describe('hasFragmentTarget', () => {
  const anchors = new Set(['p-abc', 'café']);
  it('finds an id as written or percent-decoded', () => {
    expect(hasFragmentTarget(anchors, 'p-abc')).toBe(true);
    expect(hasFragmentTarget(anchors, 'caf%C3%A9')).toBe(true);
  });
  it('accepts #top and text fragments without an element', () => {
    expect(hasFragmentTarget(anchors, 'top')).toBe(true);
    expect(hasFragmentTarget(anchors, ':~:text=ceasefire')).toBe(true);
    expect(hasFragmentTarget(anchors, 'p-abc:~:text=ceasefire')).toBe(true);
  });
  it('misses an id the page does not have', () => {
    expect(hasFragmentTarget(anchors, 'p-xyz')).toBe(false);
    expect(hasFragmentTarget(anchors, 'p-xyz:~:text=x')).toBe(false);
  });
});

describe('site files', () => {
  it('gives the URL a static host serves each page at', () => {
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('a/b/index.html')).toBe('/a/b/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });
  it('lists the files a URL path may be answered with', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/x/')).toEqual(['x/index.html']);
    expect(candidateFiles('/x')).toEqual(['x', 'x.html', 'x/index.html']);
    expect(candidateFiles('/data/articles.json')).toEqual(['data/articles.json', 'data/articles.json.html', 'data/articles.json/index.html']);
  });
});

describe('srcsetUrls', () => {
  it.each([
    ['a.jpg 1x, b.jpg 2x', ['a.jpg', 'b.jpg']],
    ['a.jpg 100w,b.jpg 200w', ['a.jpg', 'b.jpg']],
    ['/img/a.jpg', ['/img/a.jpg']],
    ['a.png,, b.png', ['a.png', 'b.png']],
    ['data:image/png;base64,AAA= 1x, b.png 2x', ['data:image/png;base64,AAA=', 'b.png']],
    ['  ', []],
  ])('reads %j as %j', (srcset, urls) => expect(srcsetUrls(srcset)).toEqual(urls));
});

describe('parsePage', () => {
  const html = [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/style.css"></head><body>',
    '<a href="/a/?q=1&amp;p=2">A</a> <h2 id="p-1">Heading</h2>',
    '<!-- <a href="/commented-out/">not a link</a> -->',
    '<img',
    '  src="/x.png" srcset="/x.png 1x, /x@2x.png 2x" alt="">',
    '<a name="old">Old anchor</a><iframe src="/embed/"></iframe><script src="/app.js"></script>',
    '</body></html>',
  ].join('\n');
  const page = parsePage(html);

  it('collects each URL attribute with the line its tag starts on, entities decoded', () => {
    expect(page.references).toEqual([
      { url: '/style.css', line: 1, source: '<link href>' },
      { url: '/a/?q=1&p=2', line: 2, source: '<a href>' },
      { url: '/x.png', line: 4, source: '<img src>' },
      { url: '/x.png', line: 4, source: '<img srcset>' },
      { url: '/x@2x.png', line: 4, source: '<img srcset>' },
      { url: '/embed/', line: 6, source: '<iframe src>' },
      { url: '/app.js', line: 6, source: '<script src>' },
    ]);
  });

  it('collects ids and <a name> anchors', () => {
    expect([...page.anchors].sort()).toEqual(['old', 'p-1']);
    expect(page.baseHref).toBeNull();
  });

  it('reads <base href>', () => {
    expect(parsePage('<head><base href="/base/"></head>').baseHref).toBe('/base/');
  });
});

describe('findBrokenLinks', () => {
  const pages = new Map([
    ['index.html', parsePage('<a href="/gone/">1</a>\n<a href="/gone/">2</a>\n<a href="#here">3</a><p id="here"></p>\n<a href="/other/#p-9">4</a>\n<a href="https://else.example/">5</a>')],
    ['other/index.html', parsePage('<p id="p-1"></p>')],
  ]);
  const result = findBrokenLinks(pages, new Set(pages.keys()), null);

  it('reports a broken URL once per page, at its first line, with how often it recurs', () => {
    expect(result.problems.map((p) => `${p.file}:${p.line} [${p.ruleId}]`)).toEqual(['index.html:1 [broken-link]', 'index.html:4 [broken-anchor]']);
    expect(result.problems[0]!.message).toBe(
      '<a href> "/gone/" points to no file: expected gone/index.html in the site folder. Fix the URL, or build the page it names. (2 times on this page; the first is shown.)',
    );
    expect(result.problems[1]!.message).toContain('other/index.html has no element with id="p-9"');
  });

  it('counts internal links checked and external ones skipped', () => {
    expect(result).toMatchObject({ linksChecked: 4, linksSkipped: 1 });
  });
});

describe('samplePages', () => {
  const pages = Array.from({ length: 10 }, (_, i) => `p${i}.html`);
  it('takes every k-th page of the sorted list, the same ones each time', () => {
    expect(samplePages(pages, 3)).toEqual(['p0.html', 'p3.html', 'p6.html']);
    expect(samplePages(pages, 5)).toEqual(['p0.html', 'p2.html', 'p4.html', 'p6.html', 'p8.html']);
  });
  it('takes all pages when there is no sample or it is not smaller than the site', () => {
    expect(samplePages(pages, null)).toEqual(pages);
    expect(samplePages(pages, 20)).toEqual(pages);
  });
});

describe('report lines', () => {
  const problem = (file: string, line: number, ruleId = 'broken-link', message = 'm'): SiteProblem => ({ file, line, ruleId, message });

  it('prints path:LINE  message  [rule]', () => {
    expect(formatProblem(problem('a/index.html', 3), (file) => `dist/${file}`)).toBe('dist/a/index.html:3  m  [broken-link]');
  });

  it('sorts by file, then line', () => {
    const sorted = [problem('b.html', 1), problem('a.html', 10), problem('a.html', 2)].sort(compareProblems);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['a.html:2', 'a.html:10', 'b.html:1']);
  });

  it('collapses equal problems on one line into one, counted', () => {
    const collapsed = collapseRepeats([problem('a.html', 1, 'r', 'x'), problem('a.html', 1, 'r', 'x'), problem('a.html', 2, 'r', 'x')]);
    expect(collapsed.map((p) => `${p.line} ${p.message}`)).toEqual(['1 x (2 times on this line)', '2 x']);
  });

  it('summarises the counts', () => {
    const summary = formatSummary({ problems: [problem('a.html', 1), problem('a.html', 2, 'no-dup-id')], pages: 10, pagesValidated: 3, linksChecked: 120, linksSkipped: 4 });
    expect(summary).toBe('10 pages checked (3 validated (--sample)), 120 internal links checked (4 external skipped), 2 problems (1 link, 1 HTML)');
  });
});

describe('validatePage: Pagefind attributes', () => {
  const validator = createValidator();
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main><h1>T</h1>${body}</main></body></html>`;

  it('rejects <meta data-pagefind-filter="actor[content]" content> in <article>: the spec allows no such meta in the body', async () => {
    const problems = await validatePage(validator, 'a.html', page('<article data-pagefind-body><p>x</p><meta data-pagefind-filter="actor[content]" content="NATO"></article>'));
    expect(problems.map((p) => `${p.ruleId}: ${p.message}`).sort()).toEqual([
      'attribute-misuse: "content" attribute cannot be used on <meta> in this context: requires "name", "http-equiv", "itemprop" or "property" attribute to be present',
      'element-permitted-content: <meta> element is not permitted as content under <article>',
    ]);
  });

  it.each([
    ['a visible element whose text is the value', page('<article data-pagefind-body><p>x</p><a href="/" data-pagefind-filter="actor">NATO</a></article>')],
    ['a hidden element', page('<article data-pagefind-body><p>x</p><span hidden data-pagefind-filter="actor">NATO</span></article>')],
    ['the inline form on any element', page('<article data-pagefind-body data-pagefind-filter="actor:NATO"><p>x</p></article>')],
    ['an attribute of <time>', page('<article data-pagefind-body><time datetime="2020-10-02" data-pagefind-sort="date[datetime]">2 October 2020</time></article>')],
    ['a <meta property> in <head>', page('<article data-pagefind-body><p>x</p></article>', '<meta property="article:tag" data-pagefind-filter="actor[content]" content="NATO">')],
  ])('accepts a Pagefind filter on %s', async (_, html) => {
    expect(await validatePage(validator, 'a.html', html)).toEqual([]);
  });
});

describe('fixture sites', () => {
  it('has expectations for every fixture folder', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(FIXTURES_EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(FIXTURES_EXPECTED)) {
    it(name.replaceAll('-', ' '), async () => {
      const report = await runSiteCheck(path.join(FIXTURES, name), { siteOrigin: expected.siteOrigin ?? null, sample: null });
      expect(report.problems.map((p) => `${p.file}:${p.line} [${p.ruleId}]`)).toEqual(expected.problems);
    });
  }
});

describe('check-site CLI', () => {
  const { ARCHIVE_SITE: _, ...env } = process.env;
  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check-site.ts', ...args], { cwd: ROOT, env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }
  const fixture = (name: string) => `tests/fixtures/site-check/${name}`;

  it('exits 0 on a clean site and prints the summary', async () => {
    const run = await cli(fixture('clean-site-passes'));
    expect(run).toEqual({ code: 0, stdout: '2 pages checked (all validated), 15 internal links checked (5 external skipped), 0 problems\n', stderr: '' });
  });

  it('exits 1 on broken links, one line per problem, sorted by file and line, then the summary', async () => {
    const run = await cli(fixture('broken-link-is-reported'));
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `${fixture('broken-link-is-reported')}/index.html:10  <a href> "/missing/" points to no file: expected missing/index.html in the site folder. Fix the URL, or build the page it names. (2 times on this page; the first is shown.)  [broken-link]`,
      `${fixture('broken-link-is-reported')}/index.html:12  <a href> "/data/missing.json" points to no file: expected data/missing.json (or data/missing.json.html, data/missing.json/index.html) in the site folder. Fix the URL, or build the page it names.  [broken-link]`,
      expect.stringMatching(/index\.html:13 {2}<img srcset> "\/img\/missing@2x\.png" points to no file: .* {2}\[broken-link\]$/),
      expect.stringMatching(/sub\/index\.html:10 {2}<a href> "nope\/" points to no file: expected sub\/nope\/index\.html .* {2}\[broken-link\]$/),
      '2 pages checked (all validated), 9 internal links checked (0 external skipped), 4 problems (4 link, 0 HTML)',
    ]);
  });

  it('exits 1 on invalid HTML and says where each rule is explained', async () => {
    const run = await cli(fixture('invalid-html-is-reported'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${fixture('invalid-html-is-reported')}/index.html:11  Duplicate ID "lead"  [no-dup-id]\n`);
    expect(run.stdout).toContain('  [no-dup-id] https://html-validate.org/rules/no-dup-id.html\n');
  });

  it('checks absolute links to the --site origin as internal', async () => {
    expect((await cli(fixture('site-origin-links-are-internal'))).code).toBe(0);
    const run = await cli(fixture('site-origin-links-are-internal'), '--site', 'https://example.org/any/path');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"https://example.org/missing/" points to no file');
  });

  it('validates only the --sample pages but checks links on all', async () => {
    const run = await cli(fixture('relative-and-query-links-resolve'), '--sample', '2');
    expect(run).toMatchObject({ code: 0, stdout: '6 pages checked (2 validated (--sample)), 18 internal links checked (0 external skipped), 0 problems\n' });
  });

  it('prints the usage with --help', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--sample N');
  });

  it.each([
    [['tests/fixtures/site-check/no-such-site'], 'expected a built site folder at'],
    [['tests/fixtures/site-check/clean-site-passes/index.html'], 'found a file'],
    [['tests/fixtures/site-check/clean-site-passes/img'], 'found no .html file in it'],
    [[fixture('clean-site-passes'), '--sample', '0'], 'expected --sample to be a whole number of pages above 0, found "0"'],
    [[fixture('clean-site-passes'), '--site', 'example.org'], 'expected --site (or ARCHIVE_SITE) to be an absolute http(s) URL'],
    [[fixture('clean-site-passes'), '--no-such-option'], "Unknown option '--no-such-option'"],
    [['a', 'b'], 'expected at most one site folder, found 2'],
  ])('exits 2 with a message for the bad invocation %j', async (args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: node scripts/check-site.ts [DIR]');
  });
});
