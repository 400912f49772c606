import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../scripts/ingest/article-to-mdx.ts';
import { datesInArticle, entityContexts, firstMentions, MAX_CONTEXTS } from '../../scripts/ingest/mention-contexts.ts';
import { paragraphAnchor } from '../../scripts/ingest/paragraph-anchors.ts';
import { reviewItems, reviewYaml } from '../../scripts/review/entity-review.ts';
import type { Entity } from '../../src/schemas/article.ts';

const body: BodyBlock[] = [
  { kind: 'paragraph', text: 'Talks began in Baku. President Ilham Aliyev spoke first. Then others spoke.' },
  { kind: 'subheading', text: 'Aliyev in Moscow' },
  { kind: 'paragraph', text: 'Aliyev flew on. Aliyev landed. Aliyev met Putin. Aliyev left.' },
];
const at = (block: number, word: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = body[block].text.indexOf(word, start + 1);
  return { key: 'actor:aliyev', block, start, end: start + word.length };
};

describe('entityContexts', () => {
  it('gives the sentence around each mention, its paragraph anchor and number, and the mention offsets', () => {
    const found = entityContexts(body, [at(0, 'Ilham Aliyev')]).get('actor:aliyev')!;
    expect(found.total).toBe(1);
    expect(found.contexts).toEqual([{ anchor: paragraphAnchor(body[0].text), n: 1, sentence: 'President Ilham Aliyev spoke first.', start: 10, end: 22 }]);
  });

  it('counts every mention but keeps only the first few sentences; a subheading has no anchor', () => {
    const mentions = [at(1, 'Aliyev'), ...[0, 1, 2, 3].map((n) => at(2, 'Aliyev', n))];
    const found = entityContexts(body, mentions).get('actor:aliyev')!;
    expect(found.total).toBe(5);
    expect(found.contexts).toHaveLength(MAX_CONTEXTS);
    expect(found.contexts[0]).toMatchObject({ anchor: null, n: null, sentence: 'Aliyev in Moscow' });
    expect(found.contexts[1]).toMatchObject({ n: 2, sentence: 'Aliyev flew on.' });
  });

  it('gives a headline mention as context when the body does not name the entity', () => {
    const found = entityContexts(body, [], undefined, { texts: ['Putin hosts talks'], mentions: [{ key: 'actor:putin', block: 0, start: 0, end: 5 }] });
    expect(found.get('actor:putin')).toEqual({ total: 0, contexts: [{ anchor: null, n: null, sentence: 'Putin hosts talks', start: 0, end: 5 }] });
  });

  it('cuts a very long sentence around the mention', () => {
    const long = `${'word '.repeat(200)}Ilham Aliyev ${'more '.repeat(200)}end.`;
    const start = long.indexOf('Ilham');
    const [context] = entityContexts([{ kind: 'paragraph', text: long }], [{ key: 'a', block: 0, start, end: start + 12 }]).get('a')!.contexts;
    expect(context.sentence.length).toBeLessThan(360);
    expect(context.sentence.slice(context.start, context.end)).toBe('Ilham Aliyev');
    expect(context.sentence.startsWith('… ')).toBe(true);
  });
});

describe('firstMentions and datesInArticle', () => {
  it('keeps the first mention of each entity', () => {
    expect(firstMentions([at(0, 'Ilham Aliyev'), at(2, 'Aliyev')]).map((m) => m.block)).toEqual([0]);
  });

  it('places a date phrase in its sentence', () => {
    const text = 'Fighting stopped. A deal was signed on 10 November 2020 in Moscow.';
    const [d] = datesInArticle([{ kind: 'paragraph', text }], [{ date: '2020-11-10', certainty: 'stated', text: '10 November 2020', block: 0, start: text.indexOf('10 N') }]);
    expect(d).toMatchObject({ date: '2020-11-10', sentence: 'A deal was signed on 10 November 2020 in Moscow.', n: 1 });
    expect(d.sentence.slice(d.start, d.end)).toBe('10 November 2020');
  });
});

describe('reviewItems', () => {
  const entity = (id: string, name: string, origin: Entity['origin'], aliases: string[] = []): Entity => ({ id, name, kind: 'actor', type: 'organisation', aliases, origin, wikidata: null, description: null });
  it('lists discovered names most named first, with sentences and curated entries that share a word', () => {
    const mentions = {
      'defence-ministry': { articles: { a1: { total: 2, contexts: [{ anchor: 'p-1', n: 1, sentence: 'The Defence Ministry said so.', start: 4, end: 20 }] }, a2: { total: 1, contexts: [] } }, statements: [] },
      'red-crescent': { articles: { a1: { total: 1, contexts: [] } }, statements: [] },
    } as const;
    const items = reviewItems(
      [entity('red-crescent', 'Red Crescent', 'discovered'), entity('defence-ministry', 'Defence Ministry', 'discovered')],
      (e) => mentions[e.id as keyof typeof mentions] as never,
      [entity('mod-az', 'Ministry of Defence of Azerbaijan', 'gazetteer')],
    );
    expect(items.map((i) => [i.entity.id, i.articles, i.mentions, i.similar])).toEqual([
      ['defence-ministry', 2, 3, ['Ministry of Defence of Azerbaijan']],
      ['red-crescent', 1, 1, []],
    ]);
    expect(items[0].contexts[0]).toEqual({ article: 'a1', sentence: 'The Defence Ministry said so.' });
    expect(reviewYaml(items, 1)).toContain('id: defence-ministry');
  });
});
