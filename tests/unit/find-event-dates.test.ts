import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../scripts/ingest/find-event-dates.ts';

const day = (date: string) => ({ date, precision: 'day' as const });
const datesOf = (text: string, published: ReturnType<typeof day> | null = day('2020-10-02')) =>
  findEventDates([text], published).dates.map((d) => [d.date, d.certainty, d.text]);

describe('findEventDates', () => {
  it('keeps a date that names its year as stated, at its precision', () => {
    expect(datesOf('A deal was signed on 10 November 2020 after the war of May 1994.')).toEqual([
      ['2020-11-10', 'stated', '10 November 2020'], ['1994-05', 'stated', 'May 1994'],
    ]);
  });

  it('reads a bare year after a preposition, but not a range or a decade', () => {
    expect(datesOf('Talks stalled in 1994 and again since 2016; the 1991-1994 war and the 1990s are not dates.')).toEqual([
      ['1994', 'stated', '1994'], ['2016', 'stated', '2016'],
    ]);
  });

  it('resolves a phrase without a year against the publication day, marked inferred', () => {
    expect(datesOf('Fighting broke out on Sunday, September 27, and went on yesterday.')).toEqual([
      ['2020-09-27', 'inferred', 'Sunday, September 27'], ['2020-10-01', 'inferred', 'yesterday'],
    ]);
  });

  it('leaves relative phrases out, and reports them, when the publication day is not known', () => {
    const result = findEventDates(['It started on Sunday, September 27.'], { date: '2020-10', precision: 'month' });
    expect(result.dates).toEqual([]);
    expect(result.unresolved).toEqual(['Sunday, September 27']);
    expect(findEventDates(['Shelling resumed yesterday.'], null).unresolved).toEqual(['yesterday']);
  });

  it('keeps the phrase without trailing punctuation', () => {
    expect(datesOf('Shelling began on Monday, and stopped.')).toEqual([['2020-09-28', 'inferred', 'Monday']]);
  });

  it('leaves out times of day, vague spans and numbers that are not dates', () => {
    expect(datesOf('At 3 pm last week, 200 people may have left; it took two days.')).toEqual([]);
    expect(datesOf('He sat in a cell; the sun rose.')).toEqual([]);
  });

  it('gives the offset of the phrase in its block', () => {
    const [found] = findEventDates(['x', 'Signed on 10 November 2020.'], null).dates;
    expect(found).toMatchObject({ block: 1, start: 10, text: '10 November 2020' });
  });
});
