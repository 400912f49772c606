import { describe, expect, it } from 'vitest';
import { coOccurring } from '../../src/lib/co-occurrence.ts';
import { splitAtMention } from '../../src/lib/entity-mentions.ts';
import type { Article } from '../../src/schemas/article.ts';

const ref = (id: string) => ({ id, name: id.toUpperCase(), mentions: 1 });
const article = (actors: string[], places: string[]) => ({ actors: actors.map(ref), places: places.map(ref) }) as Article;

describe('coOccurring', () => {
  it('counts the articles each other entity shares with this one, most shared first, itself left out', () => {
    const articles = [article(['aliyev', 'macron'], ['baku']), article(['aliyev', 'putin'], ['baku', 'moscow']), article(['aliyev', 'macron'], [])];
    const found = coOccurring(articles, { kind: 'actor', id: 'aliyev' });
    expect(found.actors.map((c) => [c.id, c.shared])).toEqual([['macron', 2], ['putin', 1]]);
    expect(found.places.map((c) => [c.id, c.shared])).toEqual([['baku', 2], ['moscow', 1]]);
  });

  it('keeps an actor and a place with one id apart, and cuts at the limit', () => {
    const found = coOccurring([article(['georgia', 'a', 'b'], ['georgia'])], { kind: 'place', id: 'georgia' }, 2);
    expect(found.actors.map((c) => c.id)).toEqual(['a', 'b']);
    expect(found.places).toEqual([]);
  });
});

describe('splitAtMention', () => {
  it('splits a sentence around the mention', () => {
    expect(splitAtMention({ sentence: 'President Ilham Aliyev spoke.', start: 10, end: 22 })).toEqual(['President ', 'Ilham Aliyev', ' spoke.']);
  });
});
