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
  // Scores in one array reused for every article (only the touched slots are reset), and the
  // best `limit` kept by insertion instead of sorting every candidate: at 20,000 articles a
  // Map and a full sort per article made this a fixed cost of every (re)build. Same sums in
  // the same order, same total order, so the same lists.
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  const related = new Map<string, Article[]>();
  articles.forEach((article, i) => {
    for (const [key, weight] of keysOf[i]) {
      const list = postings.get(key)!;
      if (list.length < 2 || list.length > maxPostings) continue;
      const rarity = Math.log(articles.length / list.length) + 1;
      for (const j of list) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] += weight * rarity;
      }
    }
    const sameStory = new Set(article.sameStory ?? []);
    // Higher score first, then nearer in the list, then earlier.
    const before = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && (Math.abs(a - i) < Math.abs(b - i) || (Math.abs(a - i) === Math.abs(b - i) && a < b)));
    const best: number[] = [];
    for (const j of touched) {
      if (sameStory.has(articles[j].id)) continue;
      if (best.length === limit && !before(j, best[limit - 1])) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(j, best[at - 1])) at--;
      best.splice(at, 0, j);
      if (best.length > limit) best.pop();
    }
    related.set(article.id, best.map((j) => articles[j]));
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return related;
}
