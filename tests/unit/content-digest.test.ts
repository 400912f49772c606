import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../scripts/ingest/content-digest.ts';
import { groupSpellingVariants } from '../../scripts/ingest/group-spelling-variants.ts';
import type { FileOutcome } from '../../scripts/ingest/ingest-file.ts';
import { removeRecurringLines } from '../../scripts/ingest/recurring-lines.ts';

type Article = NonNullable<FileOutcome['article']>;

/** The digest an article's content has now, taken afresh (not the one it carries). */
const fresh = (a: Article) => contentDigest({ ...structuredClone(a), contentDigest: undefined });

const person = (id: string, name: string) => ({ id, name, kind: 'actor' as const, type: 'person', origin: 'discovered' as const, surfaces: [name], mentions: 1, spans: [], coordinates: null, parent: null });

function outcome(i: number, lines: string[], people: { id: string; name: string }[] = []): FileOutcome {
  const body = [{ kind: 'paragraph' as const, text: `Story number ${i} reports that officials met in the capital on day ${i}.` }, ...lines.map((text) => ({ kind: 'subheading' as const, text }))];
  const article: Article = {
    draft: { title: `Story ${i}`, wordCount: 0, contentHash: '', actors: people.map((p) => ({ ...p, mentions: 1 })) } as never,
    body,
    entities: people.map((p) => person(p.id, p.name)) as never,
    heldBack: [],
    mentions: people.map((p) => ({ key: `actor:${p.id}`, block: 0, start: 0, end: 5 })),
    headMentions: [],
    headTexts: [`Story ${i}`, ''],
    statements: people.map((p) => ({ key: `actor:${p.id}`, block: 0, sentence: 'They said so.', quote: null, cue: 'said' })) as never,
    eventDates: [],
    textHash: '',
    simhash: '',
  };
  // As ingest-file.ts does when it reads the file.
  contentDigest(article);
  return { sourceFile: `a${i}.txt`, encoding: 'utf-8', diagnostics: [], removed: [], article };
}

describe('contentDigest (taken when a file is read, kept while its content is unchanged)', () => {
  it('is the same for the same content and differs for other content', () => {
    expect(outcome(1, []).article!.contentDigest).toBe(outcome(1, []).article!.contentDigest);
    expect(outcome(1, []).article!.contentDigest).not.toBe(outcome(2, []).article!.contentDigest);
  });

  it('is taken again for an article whose recurring lines were removed, and kept for the others', () => {
    const outcomes = Array.from({ length: 10 }, (_, i) => outcome(i, i < 4 ? ['Route 6'] : []));
    const before = outcomes.map((o) => o.article!.contentDigest);
    removeRecurringLines(outcomes);
    expect(outcomes[0].article!.body).toHaveLength(1);
    for (const [i, o] of outcomes.entries()) {
      expect(contentDigest(o.article!)).toBe(fresh(o.article!));
      if (i < 4) expect(contentDigest(o.article!)).not.toBe(before[i]);
      else expect(contentDigest(o.article!)).toBe(before[i]);
    }
  });

  it('is taken again for an article whose person took another spelling\'s id, and kept for the others', () => {
    const outcomes = [
      outcome(1, [], [{ id: 'nikol-pashinyan', name: 'Nikol Pashinyan' }]),
      outcome(2, [], [{ id: 'nikol-pashinyan', name: 'Nikol Pashinyan' }]),
      outcome(3, [], [{ id: 'nikol-pashinian', name: 'Nikol Pashinian' }]),
    ];
    const before = outcomes.map((o) => o.article!.contentDigest);
    groupSpellingVariants(outcomes);
    expect(outcomes[2].article!.mentions[0].key).toBe('actor:nikol-pashinyan');
    for (const o of outcomes) expect(contentDigest(o.article!)).toBe(fresh(o.article!));
    expect(contentDigest(outcomes[2].article!)).not.toBe(before[2]);
    expect(outcomes.slice(0, 2).map((o) => contentDigest(o.article!))).toEqual(before.slice(0, 2));
  });
});
