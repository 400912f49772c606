import { describe, expect, it } from 'vitest';
import { citationMetaTags, coinsTitle, jsonForScript, newsArticleJsonLd } from '../../src/lib/article-meta.ts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { articlesCsv, csv as writeCsv, mentionsCsv } from '../../src/lib/export-csv.ts';
import { atomFeed } from '../../src/lib/export-feed.ts';
import { sitemapXml } from '../../src/lib/export-sitemap.ts';
import type { Article } from '../../src/schemas/article.ts';

const article: Article = {
  id: 'k3x9q2m7', url: '/articles/2020/officials-k3x9q2m7/', sourceFile: 'a/b.txt',
  title: 'Officials dispute </script><script>alert(1)</script> "claims" & more ]]>',
  subtitle: 'A standfirst, with a comma', kicker: null, section: null,
  published: { date: '2020-10-02', certainty: 'stated', text: '02.10.2020' }, updated: null, datesMentioned: [],
  source: { name: 'Anadolu Agency', from: 'footer' }, authors: ['Ruslan Rehimov', 'Jane Doe'], credits: [], dateline: 'BAKU',
  actors: [{ id: 'ilham-aliyev', name: 'Ilham Aliyev', mentions: 2 }], places: [{ id: 'baku', name: 'Baku', mentions: 1 }],
  captions: [], photoCredits: [], related: [], wordCount: 120, contentHash: 'a'.repeat(64),
  originalUrl: 'https://www.aa.com.tr/en/azerbaijan-front-line/x/1999999', firstArchived: '2026-11-22', lastChanged: '2026-11-22', previousUrls: [],
};
const archiveUrl = 'https://archive.example.org/articles/2020/officials-k3x9q2m7/';

describe('citation metadata in <head>', () => {
  const tags = citationMetaTags(article, archiveUrl, 'News archive');
  const get = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

  it('gives reference managers a newspaper article with title, authors, date, outlet and URLs', () => {
    expect(get('DC.type')).toEqual(['newspaperArticle']);
    expect(get('citation_title')).toEqual([article.title]);
    expect(get('citation_author')).toEqual(['Ruslan Rehimov', 'Jane Doe']);
    expect(get('citation_date')).toEqual(['2020/10/02']);
    expect(get('citation_journal_title')).toEqual(['Anadolu Agency']);
    expect(get('citation_public_url')).toEqual([article.originalUrl]);
    expect(get('citation_fulltext_html_url')).toEqual([archiveUrl]);
    expect(get('og:type')).toEqual(['article']);
    expect(tags.find((t) => t.key === 'og:title')!.attribute).toBe('property');
  });

  it('states no date when the source states none', () => {
    const undated = citationMetaTags({ ...article, published: { date: null, certainty: 'unknown', text: null } }, archiveUrl, 'News archive');
    expect(undated.some((t) => /date|published_time/.test(t.key))).toBe(false);
    expect(newsArticleJsonLd({ ...article, published: { date: null, certainty: 'unknown', text: null } }, archiveUrl, 'x')).not.toHaveProperty('datePublished');
  });

  it('writes JSON-LD that no title can break out of', () => {
    const json = jsonForScript(newsArticleJsonLd(article, archiveUrl, 'News archive'));
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toMatchObject({ '@type': 'NewsArticle', headline: article.title, datePublished: '2020-10-02', isBasedOn: article.originalUrl });
  });

  it('encodes COinS as an OpenURL query', () => {
    const params = new URLSearchParams(coinsTitle(article, archiveUrl));
    expect(params.get('rft.atitle')).toBe(article.title);
    expect(params.get('rft.jtitle')).toBe('Anadolu Agency');
    expect(params.getAll('rft.au')).toEqual(['Ruslan Rehimov', 'Jane Doe']);
  });
});

describe('exports', () => {
  it('writes CSV that quotes commas, quotes and line breaks', () => {
    const csv = articlesCsv([article]);
    expect(csv.split('\r\n')[0]).toMatch(/^id,url,title,subtitle,published,/);
    expect(csv).toContain('"Officials dispute </script><script>alert(1)</script> ""claims"" & more ]]>"');
    expect(csv).toContain('Ruslan Rehimov | Jane Doe');
    expect(mentionsCsv([article]).trim().split('\r\n')).toEqual([
      'article_id,published,source,kind,entity_id,entity_name,mentions',
      'k3x9q2m7,2020-10-02,Anadolu Agency,actor,ilham-aliyev,Ilham Aliyev,2',
      'k3x9q2m7,2020-10-02,Anadolu Agency,place,baku,Baku,1',
    ]);
  });

  it('writes CSV byte for byte as csv-stringify does when it quotes every line break (the library the exports used before)', () => {
    const awkward = [
      'plain', '', ' spaced ', 'a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\rreturn', 'crlf\r\nend', 'ends with cr\r', '\n', ',',
      'tab\there', '=SUM(A1)', '-1', '+1', '@x', 'Ünïcödé, “quotes”', 'emoji 🙂', ' | ', 'semi;colon', "it's",
      0, -0, 1.5, -2, NaN, Infinity, 12345678901234567890, 10n, true, false, null, undefined,
      new Date(Date.UTC(2020, 1, 3)), { a: 1, b: 'x,y' }, ['a', 'b'], [], {},
    ];
    const rows = [awkward, [...awkward].reverse(), [], [''], [null], ['only']];
    const columns = ['id', 'a,b', 'say "x"', 'c'];
    const options = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
    expect(writeCsv(columns, rows)).toBe(stringify([columns, ...rows], options));
    expect(writeCsv(columns, [])).toBe(stringify([columns], options));
    const long = Array.from({ length: 300 }, (_, i) => [i, `name ${i}`, i % 3 ? `a "quoted" ${i}` : `x,${i}`, i % 7 ? null : 'z\nz']);
    expect(writeCsv(columns, long)).toBe(stringify([columns, ...long], options));
  });

  it('writes CSV that a reader splits into the same records and fields, line breaks inside fields included (RFC 4180)', () => {
    const texts = ['plain', 'line\nbreak', '\n', 'cr\rreturn', 'ends with cr\r', 'crlf\r\nend', 'a,b', 'say "hi"', '', ' spaced '];
    const rows = texts.map((t, i) => [String(i), t, `${t}|${t}`]);
    // As spreadsheets and pandas read it: any line break outside quotes ends a record.
    expect(parse(writeCsv(['n', 'text', 'twice'], rows), { record_delimiter: ['\r\n', '\n', '\r'] })).toEqual([['n', 'text', 'twice'], ...rows]);
  });

  it('writes an Atom feed whose titles read as text, with dates from the registry', () => {
    const xml = atomFeed([article], new URL('https://archive.example.org/'), 'News archive');
    expect(xml).not.toMatch(/<script>/);
    expect(xml).toContain('&#60;/script&#62;');
    expect(xml).toContain('<updated>2026-11-22T00:00:00.000Z</updated>');
    expect(xml).toContain('<link href="https://archive.example.org/articles/2020/officials-k3x9q2m7/"/>');
    expect(atomFeed([article], new URL('https://archive.example.org/'), 'News archive')).toBe(xml);
  });

  it('escapes sitemap URLs', () => {
    expect(sitemapXml([{ loc: 'https://x.org/search/?q=a&b=c', lastmod: '2026-11-22' }])).toContain('<loc>https://x.org/search/?q=a&#38;b=c</loc><lastmod>2026-11-22</lastmod>');
  });
});
