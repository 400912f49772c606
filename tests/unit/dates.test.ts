import { describe, expect, it } from 'vitest';
import { compareByDateDesc, dateArchiveUrl, flattenArchive, formatPartialDate, groupByDate } from '../../src/lib/dates.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2020-10-02', '2 October 2020'],
    ['2020-10', 'October 2020'],
    ['2020', '2020'],
    [null, 'Date unknown'],
  ])('%s reads as %s', (date, text) => expect(formatPartialDate(date)).toBe(text));
});

describe('compareByDateDesc', () => {
  it('puts newer first, day-precise dates after their month, and undated last', () => {
    const dates = ['2020', null, '2020-10-02', '2021-01', '2020-10'];
    expect([...dates].sort(compareByDateDesc)).toEqual(['2021-01', '2020-10-02', '2020-10', '2020', null]);
  });
});

describe('groupByDate', () => {
  const items = [
    { id: 'a', date: '2020-10-02' },
    { id: 'b', date: '2020-09-30' },
    { id: 'c', date: '2020-10' },
    { id: 'd', date: null },
    { id: 'e', date: '2023-09-19' },
    { id: 'f', date: '2020' },
  ];
  const tree = groupByDate(items, (i) => i.date);

  it('builds year → month → day, newest first, undated last', () => {
    expect(tree.children.map((c) => c.label)).toEqual(['2023', '2020', 'Undated']);
    const y2020 = tree.children[1];
    expect(y2020.children.map((c) => c.label)).toEqual(['October 2020', 'September 2020']);
    expect(y2020.children[0].children.map((c) => c.label)).toEqual(['2 October 2020']);
  });

  it('lists an article at every level down to its precision, never deeper', () => {
    const y2020 = tree.children[1];
    expect(y2020.items.map((i) => i.id)).toEqual(['a', 'c', 'b', 'f']);
    expect(y2020.children[0].items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(tree.items).toHaveLength(6);
  });

  it('gives one archive page per period, with stable URLs', () => {
    expect(flattenArchive(tree).map((n) => dateArchiveUrl(n.segments))).toEqual([
      '/dates/', '/dates/2023/', '/dates/2023/09/', '/dates/2023/09/19/', '/dates/2020/', '/dates/2020/10/',
      '/dates/2020/10/02/', '/dates/2020/09/', '/dates/2020/09/30/', '/dates/undated/',
    ]);
  });
});
