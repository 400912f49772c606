import { describe, expect, it } from 'vitest';
import { articleKeys, relatedArticles } from '../../src/lib/related-articles.ts';
import type { Article } from '../../src/schemas/article.ts';

const ref = (id: string) => ({ id, name: id, mentions: 1 });
const article = (id: string, title: string, actors: string[], places: string[], sameStory?: string[]) =>
  ({ id, title, actors: actors.map(ref), places: places.map(ref), sameStory }) as unknown as Article;

describe('articleKeys', () => {
  it('indexes actors, places and the telling words of the headline', () => {
    expect([...articleKeys(article('a1', 'Talks in Geneva stall over prisoners', ['osce'], ['geneva'])).keys()]).toEqual(
      ['actor:osce', 'place:geneva', 'word:talks', 'word:geneva', 'word:stall', 'word:prisoners'],
    );
  });
});

describe('relatedArticles', () => {
  const corpus = [
    article('a1', 'Ceasefire talks in Geneva', ['osce', 'aliyev'], ['geneva', 'baku']),
    article('a2', 'Geneva talks resume', ['osce', 'aliyev'], ['geneva']),
    article('a3', 'Harvest in the south', ['farmers-union'], ['baku']),
    article('a4', 'Floods close roads', [], ['tbilisi']),
    article('a5', 'Ceasefire talks in Geneva, updated', ['osce', 'aliyev'], ['geneva', 'baku'], ['a1']),
  ];
  const related = relatedArticles(corpus, { limit: 2 });

  it('ranks articles that share more, and rarer, entities and headline words first', () => {
    expect(related.get('a2')!.map((a) => a.id)).toEqual(['a1', 'a5']);
    expect(related.get('a3')!.map((a) => a.id)).toEqual(['a1', 'a5']);
  });

  it('leaves an article that shares nothing without related articles', () => {
    expect(related.get('a4')).toEqual([]);
  });

  it('does not list a report of the same story again as related', () => {
    expect(related.get('a5')!.map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('skips keys named by more articles than maxPostings (too common to relate anything)', () => {
    const common = relatedArticles(corpus, { maxPostings: 2 });
    expect(common.get('a3')).toEqual([]);
  });
});
