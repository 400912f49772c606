import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findPublicationDate,
  parseStatedDate,
  readStatedDate,
  type HeaderLine,
} from '../../scripts/ingest/find-publication-date.ts';

const header = (...texts: string[]): HeaderLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const ruleIds = (r: { diagnostics: { ruleId: string }[] }) => r.diagnostics.map((d) => d.ruleId);

interface Case {
  name: string;
  lines: string[];
  published: string | null; // 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
  precision?: 'day' | 'month' | 'year';
  text?: string;
  line?: number;
  updated?: string | null;
  rules?: string[];
}

const cases: Case[] = [
  // Corpus and other outlets
  { name: 'byline with | and Update part', lines: ['Ruslan Rehimov  | 02.10.2020 - Update : 02.10.2020'], published: '2020-10-02', text: '02.10.2020', updated: '2020-10-02' },
  { name: 'Published without space after comma', lines: ['Published September 30,2020'], published: '2020-09-30', text: 'September 30,2020' },
  { name: 'agency line then Published', lines: ['Anadolu Agency WORLD', 'Published September 30,2020'], published: '2020-09-30', line: 2 },
  { name: 'date with time and GMT offset', lines: ['Sep 30, 2020 10:15 AM GMT+4'], published: '2020-09-30' },
  { name: 'day month-name year', lines: ['30 September 2020'], published: '2020-09-30' },
  { name: 'ISO timestamp', lines: ['2023-09-19T14:02:00Z'], published: '2023-09-19', text: '2023-09-19T14:02:00Z' },
  { name: 'ISO late evening with negative offset keeps the stated day', lines: ['2023-09-19T23:30:00-05:00'], published: '2023-09-19' },
  { name: 'weekday with full date', lines: ['Tuesday, September 19, 2023'], published: '2023-09-19' },
  { name: 'slashed, day decides (19/09)', lines: ['19/09/2023'], published: '2023-09-19' },
  { name: 'slashed, day decides (09/19)', lines: ['09/19/2023'], published: '2023-09-19' },
  { name: 'slashed ambiguous gives year only', lines: ['03/04/2021'], published: '2021', precision: 'year', rules: ['date-ambiguous-day-month'] },
  { name: 'slashed day-first decided', lines: ['13/04/2021'], published: '2021-04-13' },
  { name: 'slashed month-first decided', lines: ['04/13/2021'], published: '2021-04-13' },
  { name: 'slashed with equal parts is not ambiguous', lines: ['05/05/2021'], published: '2021-05-05', rules: [] },
  { name: 'dotted is day first', lines: ['02.10.2020'], published: '2020-10-02' },
  { name: 'dashed numeric is day first', lines: ['02-10-2020'], published: '2020-10-02' },
  { name: 'ISO date is year first', lines: ['2020-10-02'], published: '2020-10-02' },
  { name: 'only Updated (labelled, with time)', lines: ['Updated: Sept. 20, 2023, 3:14 p.m. ET'], published: null, updated: '2023-09-20', rules: ['date-only-updated'] },
  { name: 'only Last updated on', lines: ['Last updated on 20 Sep 2023'], published: null, updated: '2023-09-20', rules: ['date-only-updated'] },
  { name: 'month only', lines: ['September 2023'], published: '2023-09', precision: 'month' },
  { name: 'labelled year only', lines: ['Posted 2021'], published: '2021', precision: 'year', text: '2021' },
  { name: 'two-digit year read by chrono', lines: ['30/09/20'], published: '2020-09-30' },
  { name: 'published and updated on one line', lines: ['Published: 30 September 2020 | Updated: 1 October 2020'], published: '2020-09-30', updated: '2020-10-01' },
  { name: 'published and updated on two lines', lines: ['Published September 30, 2020', 'Updated October 1, 2020 14:00'], published: '2020-09-30', updated: '2020-10-01', line: 1 },
  { name: 'label alone on the line before', lines: ['Last updated', '1 October 2020', 'Published', '30 September 2020'], published: '2020-09-30', line: 4, updated: '2020-10-01' },
  { name: 'byline with agency and date', lines: ['By John Smith and Jane Doe, Reuters | 30 September 2020'], published: '2020-09-30' },
  { name: 'label before a name', lines: ['Posted by Jane Doe on September 30, 2020'], published: '2020-09-30', text: 'September 30, 2020' },
  { name: 'year-first slashed with Date label', lines: ['Date: 2020/10/02'], published: '2020-10-02' },
  { name: 'Modified before First published', lines: ['Modified 2023-09-19 | First published 2023-09-18'], published: '2023-09-18', updated: '2023-09-19' },
  { name: 'weekday, time and zone around the date', lines: ['Wed 30 Sep 2020 10.15 BST'], published: '2020-09-30' },
  { name: 'two-digit year, month first decided', lines: ['09/30/20'], published: '2020-09-30' },
  { name: 'late evening with a zone keeps the stated day', lines: ['Sep 30, 2020 11:30 PM GMT-5'], published: '2020-09-30' },
  { name: 'first of several date lines wins', lines: ['30 September 2020', '1 October 2020'], published: '2020-09-30', line: 1 },
  // Invalid dates are reported and skipped
  { name: 'impossible day (31.02.2020)', lines: ['31.02.2020'], published: null, rules: ['date-invalid', 'date-missing'] },
  { name: 'impossible month (02.13.2020)', lines: ['02.13.2020'], published: null, rules: ['date-invalid', 'date-missing'] },
  { name: 'impossible written date', lines: ['Published February 31, 2020'], published: null, rules: ['date-invalid', 'date-missing'] },
  { name: 'year out of range', lines: ['Published Sep 30, 1750'], published: null, rules: ['date-invalid', 'date-missing'] },
  { name: 'invalid line skipped for a later valid one', lines: ['31.02.2020', '2 March 2020'], published: '2020-03-02', line: 2, rules: ['date-invalid'] },
  // Not publication dates
  { name: 'story sentence with a full date only', lines: ['Border clashes broke out on September 27, 2020 when Azerbaijani forces launched an offensive.'], published: null, rules: ['date-missing'] },
  { name: 'short story sentence ending with a period', lines: ['The war began on September 27, 2020.'], published: null, rules: ['date-missing'] },
  { name: 'story sentence before the dateline is skipped', lines: ['Border clashes broke out on September 27, 2020 when…', 'Published September 30,2020'], published: '2020-09-30', line: 2 },
  { name: 'photo caption date is not the publication date', lines: ['Photo: Soldiers near Tartar, 28 September 2020 (AFP)', '30 September 2020'], published: '2020-09-30', line: 2 },
  { name: 'photo caption date alone', lines: ['File image: Baku, 28.09.2020 / Getty Images'], published: null, rules: ['date-missing'] },
  { name: 'weekday alone', lines: ['Tuesday'], published: null, rules: ['date-missing'] },
  { name: 'wire dateline without year', lines: ['BAKU, Sept 30 (Reuters) -'], published: null, rules: ['date-missing'] },
  { name: "two-digit year after apostrophe is ignored", lines: ["Sept 30 '20"], published: null, rules: ['date-missing'] },
  { name: 'bare years in sentences', lines: ['formed in 1992', 'since 1991', '© 2021 Reuters'], published: null, rules: ['date-missing'] },
  { name: 'relative dates are not read here', lines: ['Published today', 'Updated 3 days ago'], published: null, rules: ['date-missing'] },
  { name: 'sentence using the word published', lines: ['The results were published on September 30, 2020 and shocked many observers'], published: null, rules: ['date-missing'] },
  { name: 'version number is not a date', lines: ['v1.2.2020 release notes'], published: null, rules: ['date-missing'] },
  { name: 'no lines', lines: [], published: null, rules: ['date-missing'] },
];

describe('findPublicationDate', () => {
  it.each(cases)('$name', (c) => {
    const r = findPublicationDate(header(...c.lines));
    expect(r.published?.date ?? null).toBe(c.published);
    if (c.published) {
      const precision = c.precision ?? (c.published.length === 10 ? 'day' : c.published.length === 7 ? 'month' : 'year');
      expect(r.published?.precision).toBe(precision);
      expect(r.line).toBe(c.line ?? 1);
      if (c.text) expect(r.publishedText).toBe(c.text);
    } else {
      expect(r.publishedText).toBeNull();
      expect(r.line).toBeNull();
    }
    if (c.updated !== undefined) expect(r.updated?.date ?? null).toBe(c.updated);
    else expect(r.updated).toBeNull();
    if (c.rules) expect(ruleIds(r)).toEqual(c.rules);
  });

  it('explains an ambiguous date with both readings and a sidecar hint', () => {
    const [d] = findPublicationDate([{ text: '03/04/2021', line: 7 }]).diagnostics;
    expect(d).toMatchObject({ ruleId: 'date-ambiguous-day-month', severity: 'warning', line: 7 });
    expect(d.message).toContain('"03/04/2021"');
    expect(d.message).toContain('3 April 2021');
    expect(d.message).toContain('4 March 2021');
    expect(d.hint).toContain('NAME.meta.json');
    expect(d.hint).toContain('{"date": "YYYY-MM-DD"}');
  });

  it('quotes an invalid date and places it on its line', () => {
    const [d] = findPublicationDate([{ text: 'Published 31.02.2020', line: 3 }]).diagnostics;
    expect(d).toMatchObject({ ruleId: 'date-invalid', severity: 'warning', line: 3 });
    expect(d.message).toContain('"31.02.2020"');
  });

  it('reports a missing date as info with the sidecar hint', () => {
    const r = findPublicationDate(header('Anadolu Agency WORLD'));
    expect(r.diagnostics).toEqual([{
      ruleId: 'date-missing',
      severity: 'info',
      message: expect.any(String),
      hint: 'Add the date in a sidecar NAME.meta.json ({"date": "YYYY-MM-DD"}) if you know it; the article is listed as undated.',
      line: null,
    }]);
  });

  it('marks an updated-only header with an info diagnostic on the updated line', () => {
    const r = findPublicationDate([{ text: 'Title', line: 1 }, { text: 'Updated: Sept. 20, 2023', line: 4 }]);
    expect(r.diagnostics).toMatchObject([{ ruleId: 'date-only-updated', severity: 'info', line: 4 }]);
  });

  it('never throws on odd input', () => {
    expect(() => findPublicationDate([{ text: '', line: 1 }, { text: '\u0000'.repeat(5), line: 2 }])).not.toThrow();
    expect(() => findPublicationDate(undefined as unknown as HeaderLine[])).not.toThrow();
    expect(parseStatedDate(undefined as unknown as string)).toBeNull();
  });
});

describe('parseStatedDate', () => {
  it.each([
    ['2020-10-02', '2020-10-02', 'day'],
    ['2020', '2020', 'year'],
    ['September 2020', '2020-09', 'month'],
    ['2020-10', '2020-10', 'month'],
    ['Published: 2020', '2020', 'year'],
    ['30 September 2020', '2020-09-30', 'day'],
    ['02.10.2020', '2020-10-02', 'day'],
    ['2023-09-19T23:30:00-05:00', '2023-09-19', 'day'],
  ] as const)('%s → %s (%s)', (text, date, precision) => {
    expect(parseStatedDate(text)?.value).toEqual({ date, precision });
  });

  it.each(['', 'Tuesday', 'Sept 30', 'formed in 1992', 'today', '3 days ago', '31.02.2020', '1750', 'v1.2.2020', '© 2021', 'Mayor 12, 2020'])('%j states no date', (text) => {
    expect(parseStatedDate(text)).toBeNull();
  });

  it('returns the ambiguity warning with the year', () => {
    const r = parseStatedDate('03/04/2021');
    expect(r?.value).toEqual({ date: '2021', precision: 'year' });
    expect(r?.text).toBe('03/04/2021');
    expect(ruleIds(r!)).toEqual(['date-ambiguous-day-month']);
  });

  it('readStatedDate keeps the diagnostic of an impossible date', () => {
    const r = readStatedDate('2020-02-30');
    expect(r.value).toBeNull();
    expect(ruleIds(r)).toEqual(['date-invalid']);
  });
});

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('gives identical results whatever the system clock says', () => {
    const run = () => cases.map((c) => findPublicationDate(header(...c.lines)));
    const real = run();
    for (const now of ['1990-03-15T12:00:00Z', '2031-12-31T23:59:59Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      expect(run()).toEqual(real);
      vi.useRealTimers();
    }
  });
});
