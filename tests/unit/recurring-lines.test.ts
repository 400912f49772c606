import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../scripts/ingest/ingest-file.ts';
import { hasAtMostWords, wordCount } from '../../scripts/ingest/line-rules.ts';
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

describe('hasAtMostWords', () => {
  it('agrees with wordCount on every kind of space, including none and only spaces', () => {
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028'];
    const texts = ['', ' ', '\u00a0\t', 'one', ' one ', 'Route 6', 'a-b c—d', 'one,two;three'];
    // Seeded: words of 1–3 letters joined by random spaces, with and without spaces at the ends.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      const words = Array.from({ length: Math.floor(next() * 14) }, () => 'xyzé'.slice(0, 1 + Math.floor(next() * 3)));
      const sep = () => spaces[Math.floor(next() * spaces.length)];
      texts.push((next() < 0.3 ? sep() : '') + words.join(sep()) + (next() < 0.3 ? sep() : ''));
    }
    for (const text of texts) for (const max of [0, 1, 7, 8, 9]) expect([text, max, hasAtMostWords(text, max)]).toEqual([text, max, wordCount(text) <= max]);
  });
});

