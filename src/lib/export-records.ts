/**
 * The machine-readable export in `dist/data/` (what researchers download). Its field names are
 * a public contract: add fields, never rename or remove them.
 */
import type { Article } from '../schemas/article.ts';
import type { EntityEntry } from './entity-index.ts';
import type { EntityKind } from './urls.ts';
import { entityUrl } from './urls.ts';

export function articleRecord(article: Article) {
  return {
    id: article.id,
    url: article.url,
    sourceFile: article.sourceFile,
    title: article.title,
    subtitle: article.subtitle,
    kicker: article.kicker,
    section: article.section,
    published: { date: article.published.date, certainty: article.published.certainty },
    updated: article.updated,
    source: article.source ? { name: article.source.name } : null,
    authors: article.authors,
    credits: article.credits,
    dateline: article.dateline,
    actors: article.actors.map(({ id, name }) => ({ id, name })),
    places: article.places.map(({ id, name }) => ({ id, name })),
    datesMentioned: article.datesMentioned,
    related: article.related,
    wordCount: article.wordCount,
    originalUrl: article.originalUrl,
    firstArchived: article.firstArchived,
    lastChanged: article.lastChanged,
    previousUrls: article.previousUrls,
    contentHash: article.contentHash,
    /** Ids of near-duplicate articles: other reports of the same story. */
    sameStory: article.sameStory ?? [],
  };
}

export function entityRecord(entry: EntityEntry, kind: EntityKind) {
  return {
    id: entry.entity.id,
    name: entry.entity.name,
    type: entry.entity.type,
    aliases: entry.entity.aliases,
    url: entityUrl(kind, entry.entity.id),
    wikidata: entry.entity.wikidata,
    origin: entry.entity.origin,
    articles: entry.articles.map((a) => a.id),
    ...(kind === 'place' && { coordinates: entry.entity.coordinates ?? null }),
  };
}
