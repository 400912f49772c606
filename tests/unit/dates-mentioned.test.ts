import { describe, expect, it } from 'vitest';
import { MENTIONS_PAGE_SIZE, mentionedPages, mentionsOnPage, type MentionedDate } from '../../src/lib/dates-mentioned.ts';

const mention = (date: string, i: number): MentionedDate => ({ date, article: `a${i}`, certainty: 'stated', text: date, block: 0, start: 0, sentence: `On ${date}.`, anchor: 'p-1' } as never);

describe('mentionsOnPage (the mentions of a year page, or of a month page\'s slice)', () => {
  // A year file as the ingest writes it: by date, then article.
  const list = [
    mention('2020', 0),
    ...Array.from({ length: MENTIONS_PAGE_SIZE + 5 }, (_, i) => mention('2020-03-01', i + 1)),
    mention('2020-03', 999),
    mention('2020-10-05', 1000),
    mention('2020', 1001),
  ];
  const pages = mentionedPages({ 2020: { total: list.length, months: { '03': MENTIONS_PAGE_SIZE + 6, 10: 1 }, yearOnly: 2 } });

  it('gives the year page the dates of the year alone, in order', () => {
    const year = pages.find((p) => p.segments.join('/') === '2020')!;
    expect(mentionsOnPage(list, year).map((d) => d.article)).toEqual(['a0', 'a1001']);
  });

  it('cuts a month into pages of MENTIONS_PAGE_SIZE, in the order of the file', () => {
    const march = pages.filter((p) => p.month === '03');
    expect(march.map((p) => p.segments.join('/'))).toEqual(['2020/03', '2020/03/2']);
    const [first, second] = march.map((p) => mentionsOnPage(list, p));
    expect(first).toHaveLength(MENTIONS_PAGE_SIZE);
    expect(first[0].article).toBe('a1');
    expect(second.map((d) => d.article)).toEqual(['a201', 'a202', 'a203', 'a204', 'a205', 'a999']);
    expect(mentionsOnPage(list, pages.find((p) => p.month === '10')!).map((d) => d.article)).toEqual(['a1000']);
    expect(mentionsOnPage(list, { segments: ['2020', '07'], year: '2020', month: '07', page: 1, lastPage: 1 })).toEqual([]);
  });
});
