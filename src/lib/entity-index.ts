/**
 * Joins articles and entities: for each actor or place, the articles that name it, newest
 * first, and how often; the index lists entities by how many articles name them.
 */
import type { Article, Entity } from '../schemas/article.ts';
import { compareByDateDesc } from './dates.ts';

export interface EntityEntry {
  entity: Entity;
  articles: Article[];
  /** Mentions summed over all its articles. */
  mentions: number;
}

export function indexEntities(entities: readonly Entity[], articles: readonly Article[], kind: 'actor' | 'place'): EntityEntry[] {
  const entries = new Map(entities.map((entity) => [entity.id, { entity, articles: [] as Article[], mentions: 0 }]));
  for (const article of articles) {
    for (const ref of kind === 'actor' ? article.actors : article.places) {
      const entry = entries.get(ref.id);
      if (!entry) continue;
      entry.articles.push(article);
      entry.mentions += ref.mentions;
    }
  }
  for (const entry of entries.values()) {
    entry.articles.sort((a, b) => compareByDateDesc(a.published.date, b.published.date) || (a.id < b.id ? -1 : 1));
  }
  return [...entries.values()]
    .filter((e) => e.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name, 'en'));
}
