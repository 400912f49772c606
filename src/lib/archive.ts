/**
 * The one collection query of the site. Every page asks this module, which reads the
 * collections once per build and memoises the joins (calling getCollection on every page is
 * a known Astro bottleneck at scale: withastro/astro#16297).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Entity } from '../schemas/article.ts';
import { compareByDateDesc, groupByDate, type DateArchive } from './dates.ts';
import { indexEntities, type EntityEntry } from './entity-index.ts';

export interface Archive {
  /** Newest first, undated last. */
  articles: Article[];
  actors: EntityEntry[];
  places: EntityEntry[];
  dates: DateArchive<Article & { date: string | null }>;
  sources: { name: string; count: number }[];
  /** Collection entries by article id, for rendering the MDX body. */
  entries: Map<string, CollectionEntry<'articles'>>;
}

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const [articleEntries, actorEntries, placeEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('places'),
  ]);
  const articles = articleEntries
    .map((e) => e.data as Article)
    .sort((a, b) => compareByDateDesc(a.published.date, b.published.date) || (a.id < b.id ? -1 : 1));
  const entities = (entries: { data: unknown }[]) => entries.map((e) => e.data as Entity);
  const sourceCounts = new Map<string, number>();
  for (const a of articles) if (a.source) sourceCounts.set(a.source.name, (sourceCounts.get(a.source.name) ?? 0) + 1);
  return {
    articles,
    actors: indexEntities(entities(actorEntries), articles, 'actor'),
    places: indexEntities(entities(placeEntries), articles, 'place'),
    dates: groupByDate(articles.map((a) => ({ ...a, date: a.published.date }))),
    entries: new Map(articleEntries.map((e) => [(e.data as Article).id, e])),
    sources: [...sourceCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}
