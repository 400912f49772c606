/**
 * "Related articles" for every article at once, from an inverted index: articles that name the
 * same actors and places, and share rare words of the headline, weighted by how rare each is.
 * Only the posting lists of an article's own keys are walked, and keys named by more than
 * `maxPostings` articles are too common to tell anything, so the cost grows with the corpus,
 * never with its square.
 */
import type { Article } from '../schemas/article.ts';

export interface RelatedOptions {
  /** How many related articles per article. */
  limit?: number;
  /** Keys (entities, headline words) named by more articles than this are skipped. */
  maxPostings?: number;
}

/** Headline words that say nothing of the story. */
const STOPWORDS = new Set('about after against amid among before between from have into more over says said than that their there they this were what when where which while will with would been being other under says'.split(' '));

/** The keys an article is indexed by, with their weight before rarity: entities count double. */
export function articleKeys(article: Article): Map<string, number> {
  const keys = new Map<string, number>();
  for (const a of article.actors) keys.set(`actor:${a.id}`, 2);
  for (const p of article.places) keys.set(`place:${p.id}`, 2);
  for (const word of article.title.toLowerCase().normalize('NFC').match(/\p{L}{4,}/gu) ?? []) {
    if (!STOPWORDS.has(word) && !keys.has(`word:${word}`)) keys.set(`word:${word}`, 1);
  }
  return keys;
}

export function relatedArticles(articles: readonly Article[], { limit = 5, maxPostings = 200 }: RelatedOptions = {}): Map<string, Article[]> {
  const keysOf = articles.map(articleKeys);
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of keys.keys()) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const related = new Map<string, Article[]>();
  articles.forEach((article, i) => {
    const scores = new Map<number, number>();
    for (const [key, weight] of keysOf[i]) {
      const list = postings.get(key)!;
      if (list.length < 2 || list.length > maxPostings) continue;
      const rarity = Math.log(articles.length / list.length) + 1;
      for (const j of list) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + weight * rarity);
    }
    const sameStory = new Set(article.sameStory ?? []);
    const ranked = [...scores]
      .filter(([j]) => !sameStory.has(articles[j].id))
      .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - i) - Math.abs(b[0] - i) || a[0] - b[0])
      .slice(0, limit)
      .map(([j]) => articles[j]);
    related.set(article.id, ranked);
  });
  return related;
}
