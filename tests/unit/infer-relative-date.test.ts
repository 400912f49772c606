import { describe, expect, it } from 'vitest';
import { inferPublicationDate, isRelativeDateLine } from '../../scripts/ingest/infer-relative-date.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, afterBlank: true }));

describe('relative publication dates', () => {
  it.each(['Published 3 hours ago', 'Yesterday', 'Updated: 2 days ago', '5 mins ago', 'Posted on Tuesday', 'Today 10:15'])('recognises %j', (text) => {
    expect(isRelativeDateLine(text)).toBe(true);
  });

  it.each(['Talks resumed on Tuesday after a pause of three weeks.', 'Published September 30, 2020', 'Tuesday’s offensive in the region'])('does not take %j for one', (text) => {
    expect(isRelativeDateLine(text)).toBe(false);
  });

  it.each([
    ['Published 3 hours ago', '2020-10-02'],
    ['Yesterday', '2020-10-01'],
    ['Updated: 2 days ago', '2020-09-30'],
    ['Posted on Tuesday', '2020-09-29'],
  ])('resolves %j against the day the page was saved (Friday 2 October 2020) as %s, inferred', (text, date) => {
    const result = inferPublicationDate(lines('Headline', text), '2020-10-02');
    expect(result.date).toBe(date);
    expect(result.text).toBe(text);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['date-inferred']);
  });

  it('never invents a date without a reference: the article stays undated and the report says why', () => {
    const result = inferPublicationDate(lines('Headline', 'Published 3 hours ago'), null);
    expect(result.date).toBeNull();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['date-relative-unresolved']);
  });
});
