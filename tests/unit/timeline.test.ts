import { describe, expect, it } from 'vitest';
import { countByMonth, describeCounts, timelineChart } from '../../src/lib/timeline.ts';

describe('countByMonth', () => {
  it('counts months with gaps as zero, and keeps year-only and undated dates apart', () => {
    const counts = countByMonth(['2020-10-02', '2020-10', '2021-01-05', '2020', null, null, '2019-12-31']);
    expect(counts.months.map((m) => `${m.month}:${m.count}`)).toEqual([
      '2019-12:1', '2020-01:0', '2020-02:0', '2020-03:0', '2020-04:0', '2020-05:0', '2020-06:0',
      '2020-07:0', '2020-08:0', '2020-09:0', '2020-10:2', '2020-11:0', '2020-12:0', '2021-01:1',
    ]);
    expect(counts).toMatchObject({ yearOnly: 1, undated: 2 });
  });

  it('shows at least a whole calendar year, so one busy month is not one wide bar', () => {
    const { months } = countByMonth(['2020-09-30', '2020-10-02']);
    expect(months).toHaveLength(12);
    expect([months[0].month, months.at(-1)!.month]).toEqual(['2020-01', '2020-12']);
  });

  it('has no months without a dated article', () => {
    expect(countByMonth([null, '2020'])).toEqual({ months: [], yearOnly: 1, undated: 1 });
  });
});

describe('timelineChart', () => {
  it('draws one bar per month with articles, the busiest full height, a single article still visible', () => {
    const chart = timelineChart([{ month: '2020-01', count: 100 }, { month: '2020-02', count: 0 }, { month: '2020-03', count: 1 }, { month: '2020-04', count: 50 }], 400, 80);
    expect(chart.bars.map((b) => [b.month, b.x, b.y, b.width, b.height])).toEqual([
      ['2020-01', 7.5, 0, 85, 80],
      ['2020-03', 207.5, 78, 85, 2],
      ['2020-04', 307.5, 40, 85, 40],
    ]);
    expect(chart.max).toBe(100);
  });

  it('labels both ends of a short range, and a new year between when it leaves room', () => {
    const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ month: `${2019 + Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, '0')}`, count: 1 }));
    expect(timelineChart(months(0, 24)).labels).toEqual([
      { text: 'Jan 2019', at: 0, anchor: 'start' },
      { text: '2020', at: 50, anchor: 'middle' },
      { text: 'Dec 2020', at: 100, anchor: 'end' },
    ]);
    expect(timelineChart(months(0, 14)).labels.map((l) => l.text)).toEqual(['Jan 2019', 'Feb 2020']);
  });

  it('labels each year of a long range under the middle of its bars, and drops labels that would crowd', () => {
    const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ month: `${2000 + Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, '0')}`, count: 1 }));
    expect(timelineChart(months(0, 36)).labels).toEqual([
      { text: '2000', at: 16.7, anchor: 'middle' },
      { text: '2001', at: 50, anchor: 'middle' },
      { text: '2002', at: 83.3, anchor: 'middle' },
    ]);
    const twentyYears = timelineChart(months(0, 240)).labels;
    expect(twentyYears.map((l) => l.text)).toEqual(['2000', '2003', '2006', '2009', '2012', '2015', '2018']);
  });
});

describe('describeCounts', () => {
  it('says the range, the busiest month and what is not on the chart', () => {
    expect(describeCounts(countByMonth(['2020-10-02', '2020-10-05', '2020-09-30', '2020', null]))).toBe(
      '3 articles dated to the month, from September 2020 to October 2020; most in October 2020 (2); 1 dated to the year only; 1 undated.',
    );
    expect(describeCounts(countByMonth([null]))).toBe('No article dated to the month; 1 undated.');
    expect(describeCounts(countByMonth(['2020-09-30', '2020-10-02']))).toBe('2 articles dated to the month, from September 2020 to October 2020; at most 1 in a month.');
  });
});
