import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../scripts/ingest/ingest-file.ts';
import { markDuplicates } from '../../scripts/ingest/mark-duplicates.ts';
import { exactFingerprint, hammingDistance, simhash } from '../../scripts/ingest/text-fingerprint.ts';

const story = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} says that the talks in Geneva went on for a ${i + 2}th day with no agreement on the prisoners.`).join('\n\n');
const outcome = (sourceFile: string, text: string): FileOutcome => ({
  sourceFile, encoding: 'utf-8', diagnostics: [], removed: [],
  article: { draft: { wordCount: text.split(/\s+/).length } as never, body: [], entities: [], heldBack: [], mentions: [], headMentions: [], headTexts: [], statements: [], eventDates: [], textHash: exactFingerprint(text), simhash: simhash(text) },
});

describe('markDuplicates', () => {
  it('gives the page to the first exact copy and reports the later one', () => {
    const outcomes = [outcome('a.txt', story), outcome('b.txt', story.replaceAll('Geneva', 'Geneva'))];
    expect(markDuplicates(outcomes)).toEqual(new Map([['b.txt', 'a.txt']]));
  });

  it('reports near-duplicates on both sides and keeps both pages', () => {
    const edited = story.replace('went on for a 5th day', 'continued for a 5th day');
    const outcomes = [outcome('a.txt', story), outcome('b.txt', edited), outcome('c.txt', 'An unrelated report about a flood in the north of the country that destroyed several bridges and roads. '.repeat(6))];
    expect(markDuplicates(outcomes).size).toBe(0);
    expect(outcomes[0].diagnostics.map((d) => d.ruleId)).toEqual(['near-duplicate-article']);
    expect(outcomes[1].diagnostics[0].message).toContain('"a.txt"');
    expect(outcomes[2].diagnostics).toEqual([]);
  });

  it('records each near-duplicate on the other, for "other reports of the same story"', () => {
    const edited = story.replace('went on for a 5th day', 'continued for a 5th day');
    const outcomes = [outcome('a.txt', story), outcome('b.txt', edited), outcome('c.txt', 'An unrelated report about a flood in the north of the country that destroyed several bridges and roads. '.repeat(6))];
    markDuplicates(outcomes);
    expect(outcomes.map((o) => o.article!.sameStory)).toEqual([['b.txt'], ['a.txt'], undefined]);
  });

  it('does not call two different stories under one headline near-duplicates', () => {
    const other = Array.from({ length: 12 }, (_, i) => `Item ${i}: the harvest in the southern districts was the largest since 2011, farmers told reporters on market day.`).join('\n\n');
    const outcomes = [outcome('a.txt', story), outcome('b.txt', other)];
    markDuplicates(outcomes);
    expect(outcomes.flatMap((o) => o.diagnostics)).toEqual([]);
  });

  it('finds every pair within 6 bits, as comparing all pairs would, and reports them in corpus order', () => {
    // Seeded hashes with planted neighbours 0-9 bits away, so some pairs differ in the same blocks.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const hex = (hi: number, lo: number) => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
    const hashes: string[] = [];
    for (let i = 0; i < 300; i++) {
      if (i % 3 === 0 || hashes.length === 0) { hashes.push(hex(next(), next())); continue; }
      let [hi, lo] = [parseInt(hashes[i - 1].slice(0, 8), 16), parseInt(hashes[i - 1].slice(8), 16)];
      for (let flips = next() % 10; flips > 0; flips--) {
        const bit = next() % 64;
        if (bit < 32) hi ^= 1 << bit; else lo ^= 1 << (bit - 32);
      }
      hashes.push(hex(hi, lo));
    }
    const outcomes = hashes.map((h, i) => ({ ...outcome(`${String(i).padStart(3, '0')}.txt`, story), article: { ...outcome('x', story).article!, textHash: `t${i}`, simhash: h, draft: { wordCount: 100 } as never } }));
    markDuplicates(outcomes);
    const expected: string[] = [];
    for (let i = 0; i < hashes.length; i++) for (let j = i + 1; j < hashes.length; j++) if (hammingDistance(hashes[i], hashes[j]) <= 6) expected.push(`${outcomes[i].sourceFile} ${outcomes[j].sourceFile}`);
    const found = outcomes.flatMap((o) => (o.article!.sameStory ?? []).filter((other) => other > o.sourceFile).map((other) => `${o.sourceFile} ${other}`));
    expect(expected.length).toBeGreaterThan(50);
    expect(found).toEqual(expected);
  });
});

