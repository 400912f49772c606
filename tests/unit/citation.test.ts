// @ts-expect-error citation-js ships no type declarations
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CITE_FORMATS,
  type CitableArticle,
  fallbackCitation,
  formatArticleCitations,
  formatCitations,
  inTextCitation,
  parseName,
  toCslItem,
} from '../../src/lib/citation.ts';

const full: CitableArticle = {
  id: '89j4rkmd',
  title: 'Azerbaijan seizes weapons left by Armenian forces',
  subtitle: 'Military says it found rifles and mortars in recaptured villages',
  authors: ['Ruslan Rehimov', 'Aynur Əliyeva'],
  source: { name: 'Anadolu Agency' },
  published: { date: '2020-10-05', certainty: 'stated' },
  originalUrl: 'https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001',
  archiveUrl: 'https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/',
  archiveName: 'News archive',
  accessed: '2024-03-01',
};

/** No author, no outlet, no date, no original URL. */
const bare: CitableArticle = {
  ...full,
  authors: [],
  source: null,
  published: { date: null, certainty: 'unknown' },
  originalUrl: null,
};

const paragraph = { anchor: 'p3', number: 3 };
const TEXT_STYLES = ['apa', 'mla', 'chicago'] as const;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('CITE_FORMATS', () => {
  it('lists the six formats in display order', () => {
    expect(CITE_FORMATS.map((f) => f.id)).toEqual(['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json']);
  });
});

describe('formatCitations: a full article', () => {
  const out = formatCitations(full);

  it('APA 7th', () => {
    expect(out.apa).toMatchInlineSnapshot(`"Rehimov, R., & Əliyeva, A. (2020, October 5). Azerbaijan seizes weapons left by Armenian forces. Anadolu Agency. News archive (https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/). https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001"`);
  });

  it('MLA 9th', () => {
    expect(out.mla).toMatchInlineSnapshot(`"Rehimov, Ruslan, and Aynur Əliyeva. “Azerbaijan Seizes Weapons Left by Armenian Forces.” Anadolu Agency, 5 Oct. 2020, https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001. News archive, https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/."`);
  });

  it('Chicago 17th author-date', () => {
    expect(out.chicago).toMatchInlineSnapshot(`"Rehimov, Ruslan, and Aynur Əliyeva. 2020. “Azerbaijan Seizes Weapons Left by Armenian Forces.” Anadolu Agency, October 5, 2020. https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/. News archive. https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001."`);
  });

  it('BibTeX', () => {
    expect(out.bibtex).toMatchInlineSnapshot(`
      "@article{89j4rkmd,
      	author = {Rehimov, Ruslan and Əliyeva, Aynur},
      	journal = {Anadolu Agency},
      	year = {2020},
      	month = {oct 5},
      	note = {Archived copy: https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/ (News archive, id 89j4rkmd)},
      	title = {Azerbaijan seizes weapons left by {Armenian} forces},
      	url = {https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001},
      	howpublished = {https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001},
      }"
    `);
  });

  it('RIS', () => {
    expect(out.ris).toMatchInlineSnapshot(`
      "TY  - NEWS
      AU  - Rehimov, Ruslan
      AU  - Əliyeva, Aynur
      DA  - 2020/10/05/
      ID  - 89j4rkmd
      N1  - Archived copy: https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/ (News archive, id 89j4rkmd)
      PY  - 2020
      T2  - Anadolu Agency
      TI  - Azerbaijan seizes weapons left by Armenian forces
      UR  - https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001
      Y2  - 2024/3/1/
      ER  - "
    `);
  });

  it('CSL-JSON', () => {
    expect(out['csl-json']).toMatchInlineSnapshot(`
      "[
        {
          "id": "89j4rkmd",
          "citation-key": "89j4rkmd",
          "type": "article-newspaper",
          "title": "Azerbaijan seizes weapons left by Armenian forces",
          "author": [
            {
              "family": "Rehimov",
              "given": "Ruslan"
            },
            {
              "family": "Əliyeva",
              "given": "Aynur"
            }
          ],
          "container-title": "Anadolu Agency",
          "issued": {
            "date-parts": [
              [
                2020,
                10,
                5
              ]
            ]
          },
          "accessed": {
            "date-parts": [
              [
                2024,
                3,
                1
              ]
            ]
          },
          "URL": "https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001",
          "archive": "News archive",
          "archive_location": "https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/",
          "note": "Archived copy: https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/ (News archive, id 89j4rkmd)"
        }
      ]"
    `);
  });

  it('names both the original and the archived copy in every format', () => {
    for (const id of ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const) {
      expect(out[id], id).toContain(full.archiveUrl);
      expect(out[id], id).toContain(full.originalUrl);
    }
  });

  it('is plain text and leaves the standfirst out', () => {
    for (const style of TEXT_STYLES) {
      expect(out[style]).not.toMatch(/<[a-z]|&#|&amp;/);
      expect(out[style]).not.toContain('rifles');
    }
  });

  it('never takes the fallback path', () => {
    for (const [article, para] of [[full], [bare], [full, paragraph], [bare, paragraph]] as const) {
      const citations = formatCitations(article, para);
      for (const { id } of CITE_FORMATS) expect(citations[id], id).not.toBe(fallbackCitation(article, para));
    }
  });
});

describe('formatCitations: missing metadata', () => {
  const out = formatCitations(bare);

  it('gives APA "n.d." and still names title, archive and URL', () => {
    expect(out.apa).toMatchInlineSnapshot(`"Azerbaijan seizes weapons left by Armenian forces. (n.d.). News archive. Retrieved March 1, 2024, from https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/"`);
    expect(out.mla).toMatchInlineSnapshot(`"Azerbaijan Seizes Weapons Left by Armenian Forces. https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/. News archive. Accessed 1 Mar. 2024."`);
    expect(out.chicago).toMatchInlineSnapshot(`"“Azerbaijan Seizes Weapons Left by Armenian Forces.” n.d. News archive. Accessed March 1, 2024. https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/."`);
  });

  it('invents no date: the only date anywhere is the access date', () => {
    expect(toCslItem(bare)).not.toHaveProperty('issued');
    for (const { id } of CITE_FORMATS) {
      const years = out[id].replace(/https?:\/\/\S+/g, '').match(/\b(1[89]|20)\d\d\b/g) ?? [];
      expect(years.every((year) => year === '2024'), `${id}: ${years}`).toBe(true);
    }
    expect(out.bibtex).not.toMatch(/^\s*(year|month|date)\s*=/m);
    expect(out.ris).not.toMatch(/^(PY|DA|Y1)  - /m);
  });

  it('prints the archive URL once when it is the only URL', () => {
    for (const style of TEXT_STYLES) expect(out[style].split(full.archiveUrl).length - 1, style).toBe(1);
  });
});

describe('date precision', () => {
  const dated = (date: string) => formatCitations({ ...full, published: { date, certainty: 'stated' } });

  it('year only', () => {
    const out = dated('2020');
    expect(toCslItem({ ...full, published: { date: '2020', certainty: 'stated' } }).issued).toEqual({ 'date-parts': [[2020]] });
    expect(out.apa).toContain('(2020).');
    expect(out.mla).toContain('Anadolu Agency, 2020,');
    expect(out.chicago).toContain('2020. “Azerbaijan');
    expect(out.chicago).toContain('Anadolu Agency, 2020.');
    expect(out.bibtex).toContain('year = {2020}');
    expect(out.bibtex).not.toContain('month');
    expect(out.ris).toContain('PY  - 2020');
    expect(out.ris).not.toContain('DA  - ');
    for (const style of TEXT_STYLES) expect(out[style]).not.toMatch(/January|Jan\.|October|Oct\./);
  });

  it('year and month', () => {
    const out = dated('2020-10');
    expect(toCslItem({ ...full, published: { date: '2020-10', certainty: 'inferred' } }).issued).toEqual({ 'date-parts': [[2020, 10]] });
    expect(out.apa).toContain('(2020, October).');
    expect(out.mla).toContain('Anadolu Agency, Oct. 2020,');
    expect(out.chicago).toContain('Anadolu Agency, October 2020.');
    expect(out.bibtex).toContain('month = {10}');
    expect(out.ris).toContain('DA  - 2020/10//');
    for (const style of TEXT_STYLES) expect(out[style]).not.toMatch(/October \d{1,2}[,)]|\b\d{1,2} Oct\./);
  });
});

describe('paragraph pin-cite', () => {
  const out = formatCitations(full, paragraph);
  const anchored = `${full.archiveUrl}#p3`;

  it('adds the in-text citation with "para. 3" after the reference entry', () => {
    expect(out.apa).toMatchInlineSnapshot(`
      "Rehimov, R., & Əliyeva, A. (2020, October 5). Azerbaijan seizes weapons left by Armenian forces. Anadolu Agency. News archive (https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/#p3). https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001
      (Rehimov & Əliyeva, 2020, para. 3)"
    `);
    expect(out.mla.split('\n')[1]).toBe('(Rehimov and Əliyeva, para. 3)');
    expect(out.chicago.split('\n')[1]).toBe('(Rehimov and Əliyeva 2020, para. 3)');
  });

  it('points the archive URL at the paragraph, not the outlet URL (the anchor is the archive’s)', () => {
    for (const { id } of CITE_FORMATS) {
      expect(out[id], id).toContain(id === 'bibtex' ? `${full.archiveUrl}\\#p3` : anchored); // LaTeX-escaped
      expect(out[id], id).not.toContain(`${full.originalUrl}#`);
    }
  });

  it('suffixes the id in BibTeX, RIS and CSL-JSON', () => {
    expect(out.bibtex.split('\n')[0]).toBe('@article{89j4rkmd-p3,');
    expect(out.ris).toContain('ID  - 89j4rkmd-p3');
    expect(JSON.parse(out['csl-json'])).toEqual([
      expect.objectContaining({ id: '89j4rkmd-p3', locator: '3', label: 'paragraph', archive_location: anchored }),
    ]);
  });

  it('uses the archive URL with the anchor as URL when the outlet URL is unknown', () => {
    expect(toCslItem(bare, paragraph).URL).toBe(anchored);
  });
});

describe('formatArticleCitations: every format and a paragraph pin-cite at once', () => {
  const one = { anchor: 'p', number: 1 };
  const cases: [string, CitableArticle][] = [['full', full], ['bare', bare], ['one literal author', { ...full, authors: ['Agence France-Presse'] }]];
  it.each(cases)('%s: the same as formatCitations and inTextCitation apart', (_, article) => {
    expect(formatArticleCitations(article, one)).toEqual({ formats: formatCitations(article), inText: inTextCitation(article, one) });
  });
});

describe('round trip through citation-js parsers', () => {
  it('BibTeX parses back to the same title, authors, date and archive note', () => {
    for (const date of ['2020-10-05', '2020-10', '2020']) {
      const article = { ...full, published: { date, certainty: 'stated' as const } };
      const [entry] = new Cite(formatCitations(article).bibtex).data;
      expect(entry.title).toBe(full.title);
      expect(entry.issued).toEqual(toCslItem(article).issued);
      expect(entry.author).toEqual([
        { given: 'Ruslan', family: 'Rehimov' },
        { given: 'Aynur', family: 'Əliyeva' },
      ]);
      expect(entry['citation-key']).toBe('89j4rkmd');
      expect(entry.note).toContain(full.archiveUrl);
    }
  });

  it('BibTeX escapes LaTeX specials and parses them back', () => {
    const title = 'Q&A: 100% of $5 for #tags_x';
    const text = formatCitations({ ...full, title }, paragraph).bibtex;
    expect(text).toContain('Q\\&{A}: 100\\% of \\$5 for \\#tags\\_x');
    expect(text).toContain('89j4rkmd/\\#p3 (News archive');
    const [entry] = new Cite(text).data;
    expect(entry.title).toBe(title);
    expect(entry.note).toContain(`${full.archiveUrl}#p3`);
  });

  it('RIS parses back to the same title and year; the day travels in DA', () => {
    const text = formatCitations(full).ris;
    const [entry] = new Cite(text).data;
    expect(entry.title).toBe(full.title);
    expect(entry.type).toBe('article-newspaper');
    expect(entry.URL).toBe(full.originalUrl);
    expect(entry.note).toContain(full.archiveUrl);
    // citation-js reads only PY for TY NEWS (and files its AU under a variable it then drops).
    expect(entry.issued).toEqual({ 'date-parts': [[2020]] });
    expect(text).toContain('DA  - 2020/10/05/');
    expect(text).toContain('AU  - Rehimov, Ruslan\nAU  - Əliyeva, Aynur');
  });

  it('RIS keeps every value on one line (no 70-column wrapping)', () => {
    const lines = formatCitations(full, paragraph).ris.split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-1)).toBe('ER  - ');
  });
});

describe('names', () => {
  it.each([
    ['Ruslan Rehimov', { family: 'Rehimov', given: 'Ruslan' }],
    ['  Aynur   Əliyeva ', { family: 'Əliyeva', given: 'Aynur' }],
    ['Анна Петрова', { family: 'Петрова', given: 'Анна' }],
    ['Jean-Paul Sartre', { family: 'Sartre', given: 'Jean-Paul' }],
    ['J. R. R. Tolkien', { family: 'Tolkien', given: 'J. R. R.' }],
    ['习近平', { literal: '习近平' }],
    ['Reuters', { literal: 'Reuters' }],
    ['Ursula von der Leyen', { literal: 'Ursula von der Leyen' }],
    ['Martin Luther King Jr.', { literal: 'Martin Luther King Jr.' }],
    ['AA Staff', { literal: 'AA Staff' }],
    ['Agence France-Presse', { literal: 'Agence France-Presse' }],
  ])('%s', (raw, name) => expect(parseName(raw)).toEqual(name));

  it('diacritics and non-Latin scripts survive every format', () => {
    const authors = ['Aynur Əliyeva', 'Çağla Şükrüoğlu', 'Анна Петрова', 'محمد علي', '习近平'];
    const out = formatCitations({ ...full, authors, source: { name: 'Российская газета' } });
    for (const { id } of CITE_FORMATS) {
      // MLA names the first author only ("et al.") from three authors on.
      for (const family of id === 'mla' ? ['Əliyeva'] : ['Əliyeva', 'Şükrüoğlu', 'Петрова', 'علي', '习近平']) {
        expect(out[id], `${id} ${family}`).toContain(family);
      }
    }
    expect(out.mla).toMatch(/^Əliyeva, Aynur, et al\. “Azerbaijan/);
    expect(out.chicago).toMatch(/^Əliyeva, Aynur, Çağla Şükrüoğlu, Анна Петрова, محمد علي, and 习近平\. 2020\./);
    expect(out.bibtex).toContain('author = {Əliyeva, Aynur and Şükrüoğlu, Çağla and Петрова, Анна and علي, محمد and {习近平}}');
    expect(out.ris).toContain('AU  - Петрова, Анна\nAU  - علي, محمد\nAU  - 习近平');
    expect(out.apa).toMatch(/^Əliyeva, A\., Şükrüoğlu, Ç\., Петрова, А\., علي, م\., & 习近平\. \(2020, October 5\)/);
  });
});

describe('determinism', () => {
  it('gives the same strings on every call and under any clock', () => {
    const first = formatCitations(full);
    const firstPara = formatCitations(bare, paragraph);
    expect(formatCitations(full)).toEqual(first);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01'));
    expect(formatCitations(full)).toEqual(first);
    expect(formatCitations(bare, paragraph)).toEqual(firstPara);
    for (const { id } of CITE_FORMATS) expect(formatCitations(bare)[id]).not.toContain('2031');
  });

  it('leaves citation-js’s global BibTeX settings as they were', () => {
    const before = { ...plugins.config.get('@bibtex').format };
    formatCitations(full);
    expect(plugins.config.get('@bibtex').format).toEqual(before);
  });
});

describe('fallback', () => {
  it('returns a minimal citation instead of throwing when citation-js fails', () => {
    vi.spyOn(Cite.prototype, 'format').mockImplementation(() => {
      throw new Error('boom');
    });
    // APA, MLA and Chicago are printed by citation-js's citeproc engine of the style.
    vi.spyOn(plugins.config.get('@csl'), 'engine').mockImplementation(() => {
      throw new Error('boom');
    });
    const out = formatCitations(full, paragraph);
    for (const id of ['apa', 'mla', 'chicago', 'bibtex', 'ris'] as const) expect(out[id]).toBe(fallbackCitation(full, paragraph));
    expect(out.apa).toMatchInlineSnapshot(`"Ruslan Rehimov, Aynur Əliyeva. "Azerbaijan seizes weapons left by Armenian forces". Anadolu Agency. 2020-10-05. https://www.aa.com.tr/en/azerbaijan-front-line/azerbaijan-seizes-weapons/2000001. Archived at https://archive.example.org/articles/2020/azerbaijan-seizes-89j4rkmd/#p3"`);
    expect(fallbackCitation(bare)).toContain('n.d.');
  });
});
