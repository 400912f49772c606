import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from '../../scripts/ingest/read-html.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');
const ruleIds = (r: { diagnostics: { ruleId: string }[] }): string[] => r.diagnostics.map((d) => d.ruleId);
const lines = (text: string): string[] => text.split('\n\n');
const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const story = '<article><p>Officials said the road to the border crossing was reopened on Monday after two days of repairs to the bridge.</p><p>Traffic was light in the morning.</p></article>';

describe('readHtml on a news page (nav, share buttons, cookie banner, JSON-LD)', () => {
  const doc = readHtml(fixture('news-page.html'));

  it('puts the headline first and the story paragraphs after it, in order', () => {
    expect(lines(doc.text)).toEqual([
      'Ceasefire talks resume in Geneva as shelling continues',
      'GENEVA — Negotiators from both sides met in Geneva on Thursday for the first direct talks in three weeks, as residents of villages along the line of contact reported fresh shelling overnight.',
      'The talks, hosted by the co-chairs of the mediation group, began shortly after 10 a.m. and were expected to last into the evening, according to a diplomat familiar with the schedule who spoke on condition of anonymity.',
      '“We are here to listen, not to make speeches,” the head of one delegation told reporters on his way into the building. He declined to say whether a new ceasefire line was on the table.',
      'Shelling overnight',
      'In the border village of Horadiz, residents said several shells landed near the school shortly after midnight. No casualties were reported, but two houses were damaged, the local administration said in a statement.',
      '“The children have not slept properly for a week,” said Sevda Aliyeva, a teacher at the school.',
      'The defence ministry said its forces had returned fire & accused the other side of violating the humanitarian truce agreed on Saturday. The claim could not be independently verified.',
      'Diplomats said the main obstacles remained the sequencing of troop withdrawals and the return of displaced people, issues that have stalled previous rounds of negotiations since the 1994 ceasefire.',
    ]);
    expect(doc.part).toBeNull();
    expect(doc.diagnostics).toEqual([]);
  });

  it('leaves out navigation, share buttons, cookie banner, related links, footer and all script content', () => {
    for (const furniture of ['Politics', 'Share on', 'cookies', 'Aid convoy reaches', 'Most read', 'Sign up', 'All rights reserved', 'Subscribe']) {
      expect(doc.text).not.toContain(furniture);
    }
    for (const code of ['dataLayer', 'gtag', 'TRACKING', 'SCRIPT INSIDE ARTICLE', 'trackParagraph', '__INITIAL_STATE__', 'NOSCRIPT', 'TEMPLATE TEXT', '@context', 'cookie-banner']) {
      expect(doc.text).not.toContain(code);
    }
  });

  it('decodes entities and collapses whitespace, <br> and no-break spaces to single spaces', () => {
    expect(doc.text).not.toMatch(/&[a-z]+;|\u00a0| {2}/);
    expect(doc.text.split('\n').every((line) => line === '' || line === line.trim())).toBe(true);
  });

  it('reads the metadata from JSON-LD and the head', () => {
    expect(doc.metadata).toEqual({
      title: 'Ceasefire talks resume in Geneva as shelling continues', // not the "<title> | The Caspian Ledger"
      subtitle: 'Negotiators from both sides met for the first time in three weeks, but residents of border villages reported fresh shelling overnight.',
      source: 'The Caspian Ledger',
      authors: ['Leyla Mammadova', 'Tom Hartley'],
      published: { date: '2020-10-08', precision: 'day', text: '2020-10-08T09:15:00+04:00' },
      updated: { date: '2020-10-08', precision: 'day', text: '2020-10-08T17:42:10+04:00' },
      url: 'https://www.caspianledger.example/world/2020/10/ceasefire-talks-resume-geneva',
      language: 'en-GB',
      section: 'World',
    });
  });
});

describe('readHtml on a page without <article> (old layout, broken JSON-LD)', () => {
  const html = fixture('no-article.html');
  const doc = readHtml(html, { url: 'https://bakudailywire.example/en/news/2021/11/16/humanitarian-corridor-tartar.html' });

  it('finds the story among the layout divs and leaves the furniture out', () => {
    const paragraphs = lines(doc.text);
    expect(paragraphs[0]).toBe('Humanitarian corridor opened for civilians in Tartar');
    expect(paragraphs).toContain('A humanitarian corridor was opened on Tuesday morning to allow civilians to leave the district, the regional executive authority said.');
    expect(paragraphs.at(-1)).toBe('The corridor will remain open until 6 p.m. local time, the authority said.');
    expect(paragraphs.filter((p) => p.startsWith('Humanitarian corridor'))).toHaveLength(1); // the <h1> is not repeated
    for (const furniture of ['cookies', 'Got it', 'Politics', 'Parliament adopts', 'Telegram', 'Read also', 'Reproduction', 'INJECTED', '_paq']) {
      expect(doc.text).not.toContain(furniture);
    }
  });

  it('strips the " - Site" suffix of <title> when og:title is missing and the suffix is og:site_name', () => {
    expect(doc.metadata.title).toBe('Humanitarian corridor opened for civilians in Tartar');
    expect(doc.metadata.source).toBe('Baku Daily Wire');
  });

  it('splits "By A, B" authors, and a description that repeats the lead is no subtitle', () => {
    expect(doc.metadata.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(doc.metadata.subtitle).toBeUndefined();
  });

  it('warns about an impossible meta date, quoting it, and uses the next stated date', () => {
    const invalid = doc.diagnostics.find((d) => d.ruleId === 'metadata-date-invalid');
    expect(invalid?.severity).toBe('warning');
    expect(invalid?.message).toContain('"2020-02-31T08:00:00Z"');
    expect(invalid?.hint).toMatch(/meta\.json/);
    expect(doc.metadata.published).toEqual({ date: '2021-11-16', precision: 'day', text: 'November 16, 2021' });
  });

  it('reports the invalid JSON-LD without failing, and resolves a relative canonical against the page URL', () => {
    expect(ruleIds(doc)).toEqual(['html-jsonld-invalid', 'metadata-date-invalid']);
    expect(doc.metadata.url).toBe('https://bakudailywire.example/en/news/2021/11/16/humanitarian-corridor-tartar.html');
    expect(doc.metadata.language).toBe('en');
    const unresolved = readHtml(html);
    expect(unresolved.metadata.url).toBeUndefined();
    expect(ruleIds(unresolved)).toContain('metadata-url-invalid');
  });
});

describe('readHtml titles', () => {
  it('strips a " | Site" suffix equal to og:site_name, and keeps a suffix that is not the site name', () => {
    const head = (title: string) => `<meta property="og:site_name" content="Daily Planet"><title>${title}</title>`;
    expect(readHtml(page(head('Mayor resigns | Daily Planet'), story)).metadata.title).toBe('Mayor resigns');
    expect(readHtml(page(head('Daily Planet – Mayor resigns'), story)).metadata.title).toBe('Mayor resigns');
    expect(readHtml(page(head('Mayor resigns | Budget vote'), story)).metadata.title).toBe('Mayor resigns | Budget vote');
  });

  it('strips the suffix of og:title too, and prefers the JSON-LD headline over both', () => {
    const head = '<meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Mayor resigns - Daily Planet"><title>x</title>';
    expect(readHtml(page(head, story)).metadata.title).toBe('Mayor resigns');
    const ld = '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "Mayor of Metropolis resigns", "publisher": {"name": "Daily Planet"}}</script>';
    expect(readHtml(page(head + ld, story)).metadata.title).toBe('Mayor of Metropolis resigns');
  });

  it('does not repeat the page\'s <h1> under a different JSON-LD headline', () => {
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Mayor of Metropolis resigns after budget vote"}</script>';
    const doc = readHtml(page(ld, `<article><h1>Mayor resigns</h1>${story.replace(/<\/?article>/g, '')}</article>`));
    expect(lines(doc.text).slice(0, 2)).toEqual(['Mayor of Metropolis resigns after budget vote', 'Officials said the road to the border crossing was reopened on Monday after two days of repairs to the bridge.']);
  });

  it('uses the <h1> when <title> is the h1 plus a site name it cannot confirm', () => {
    const doc = readHtml(page('<title>Bridge reopens | The Gazette</title>', `<h1>Bridge reopens</h1>${story}`));
    expect(doc.metadata.title).toBe('Bridge reopens');
    expect(lines(doc.text)[0]).toBe('Bridge reopens');
  });

  it('warns when the page states no title at all', () => {
    const doc = readHtml(page('', story));
    expect(ruleIds(doc)).toContain('html-title-missing');
    expect(doc.text.startsWith('Officials said')).toBe(true);
  });
});

describe('readHtml metadata details', () => {
  it('reads a single JSON-LD author object, skips an Organization author, and keeps day/month/year precision', () => {
    const ld = (author: string, date: string) => `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "author": ${author}, "datePublished": "${date}"}</script>`;
    const person = readHtml(page(ld('{"@type": "Person", "name": "Ruslan Rehimov"}', '2020-10'), story));
    expect(person.metadata.authors).toEqual(['Ruslan Rehimov']);
    expect(person.metadata.published).toEqual({ date: '2020-10', precision: 'month', text: '2020-10' });
    const org = readHtml(page(`<meta name="author" content="Jane Doe">${ld('{"@type": "Organization", "name": "Reuters"}', '2020')}`, story));
    expect(org.metadata.authors).toEqual(['Jane Doe']);
    expect(org.metadata.published?.precision).toBe('year');
  });

  it('reads citation_author "Last, First" metas, article:section, og:locale and never accepts a javascript: URL', () => {
    const head = '<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John"><meta property="article:section" content="Politics"><meta property="og:locale" content="az_AZ"><link rel="canonical" href="javascript:alert(1)">';
    const doc = readHtml(`<html><head>${head}</head><body>${story}</body></html>`);
    expect(doc.metadata.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(doc.metadata.section).toBe('Politics');
    expect(doc.metadata.language).toBe('az-AZ');
    expect(doc.metadata.url).toBeUndefined();
    expect(ruleIds(doc)).toContain('metadata-url-invalid');
  });

  it('warns with metadata-date-invalid for a meta date it cannot read', () => {
    const doc = readHtml(page('<meta property="article:published_time" content="yesterday"><title>T</title>', story));
    expect(doc.metadata.published).toBeUndefined();
    expect(doc.diagnostics.find((d) => d.ruleId === 'metadata-date-invalid')?.message).toContain('"yesterday"');
  });
});

describe('readHtml fallbacks and bad input', () => {
  it('falls back to <main> when the main text is too short to recognise, with a warning', () => {
    const doc = readHtml(page('<title>Brief</title>', '<nav>Home | News | Sport</nav><main><h1>Brief</h1><p>Two short lines of news here.</p><p>Another one follows.</p></main><footer>© Site</footer>'));
    expect(lines(doc.text)).toEqual(['Brief', 'Two short lines of news here.', 'Another one follows.']);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['html-main-text-fallback', 'warning']]);
  });

  it('reads a fragment without <html>/<body>', () => {
    const doc = readHtml('<title>Fragment page</title><p>First paragraph of a saved fragment.</p><p>Second one.</p>');
    expect(lines(doc.text)).toEqual(['Fragment page', 'First paragraph of a saved fragment.', 'Second one.']);
  });

  it('returns an error diagnostic, never throws, for empty, non-HTML and textless input', () => {
    const cases: [unknown, string][] = [['', 'html-empty'], ['   \n', 'html-empty'], ['Just a plain text article.\n\nWith paragraphs.', 'html-not-html'], ['<html><body><div class="cookie-notice">We use cookies</div></body></html>', 'html-no-text'], [undefined, 'html-empty']];
    for (const [input, rule] of cases) {
      const doc = readHtml(input as string);
      expect(doc.text).toBe('');
      expect(doc.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([[rule, 'error']]);
      expect(doc.diagnostics[0].hint).not.toBe('');
    }
  });

  it('survives hostile markup: unclosed tags, deep nesting, scripts that would run in a browser', () => {
    for (const html of ['<<<>>>', '<p', '<div>'.repeat(5000) + 'deep', '<img src=x onerror="globalThis.pwned=1"><p>x</p>']) {
      expect(() => readHtml(html)).not.toThrow();
    }
    const doc = readHtml(page('<title>T</title>', `<script>globalThis.pwned = true</script><p onclick="globalThis.pwned = true">${'Safe text here. '.repeat(10)}</p><img src=x onerror="globalThis.pwned=1">`));
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(doc.text).not.toContain('pwned');
  });
});

describe('htmlToText', () => {
  it('makes one line per block, a space of <br>, and drops script, style, noscript and template', () => {
    expect(htmlToText('<h2>Sub</h2><p>a<br>b &amp; c</p><ul><li>one</li><li>two <em>x</em></li></ul>tail<script>alert(1)</script><style>p{}</style><noscript>n</noscript><template>t</template>'))
      .toBe('Sub\n\na b & c\n\none\n\ntwo x\n\ntail');
  });

  it('makes paragraphs of table cells, figure captions, blockquotes and pre blocks', () => {
    expect(htmlToText('<table><tr><td>Killed</td><td>2</td></tr></table><figure><img alt="x"><figcaption>Caption</figcaption></figure><blockquote>Quote</blockquote><pre>a\n  b</pre>'))
      .toBe('Killed\n\n2\n\nCaption\n\nQuote\n\na b');
  });
});
