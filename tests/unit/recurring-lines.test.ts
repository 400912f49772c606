import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../scripts/ingest/ingest-file.ts';
import { removeRecurringLines } from '../../scripts/ingest/recurring-lines.ts';

const background = 'Relations between the two former Soviet republics have been tense since 1991, when fighting broke out over the region.';
const article = (i: number, extra: { kind: 'paragraph' | 'subheading'; text: string }[]): FileOutcome => ({
  sourceFile: `a${i}.txt`, encoding: 'utf-8', diagnostics: [], removed: [],
  article: {
    draft: { title: `Story ${i}`, wordCount: 0, contentHash: '' } as never,
    body: [{ kind: 'paragraph', text: `Story number ${i} reports that officials met in the capital on day ${i}.` }, ...extra],
    entities: [], heldBack: [], mentions: [], headMentions: [], headTexts: [], statements: [], eventDates: [], textHash: '', simhash: '',
  },
});

describe('removeRecurringLines', () => {
  it('removes a short non-sentence line that recurs across the corpus, and keeps shared sentences', () => {
    const outcomes = Array.from({ length: 10 }, (_, i) => article(i, [
      { kind: 'paragraph', text: background },
      ...(i < 4 ? [{ kind: 'subheading' as const, text: 'Route 6' }] : []),
      ...(i === 0 ? [{ kind: 'subheading' as const, text: 'Upper Karabakh conflict' }] : []),
    ]));
    removeRecurringLines(outcomes);
    expect(outcomes[0].article!.body.map((b) => b.text)).toEqual([outcomes[0].article!.body[0].text, background, 'Upper Karabakh conflict']);
    expect(outcomes[3].removed.map((r) => r.ruleId)).toEqual(['recurring-line']);
    expect(outcomes.every((o) => o.article!.body.some((b) => b.text === background))).toBe(true);
    expect(outcomes[0].article!.textHash).toMatch(/^[a-f0-9]{64}$/);
  });

  it('needs a line in at least three articles: a small corpus keeps its subheadings', () => {
    const outcomes = [article(1, [{ kind: 'subheading', text: 'Background' }]), article(2, [{ kind: 'subheading', text: 'Background' }])];
    removeRecurringLines(outcomes);
    expect(outcomes.every((o) => o.article!.body.length === 2)).toBe(true);
  });
});
