/**
 * What each many-paged route reads, as values to digest (src/lib/render-plan.ts): an article
 * page reads its article, its rendered body and record, its related and same-story articles
 * and its entities' spellings; an entity page its entity, its articles, its mention file and,
 * for a place's map, the places named with it; a date page the articles of its period. The
 * digests are memoised per build, so a route costs one pass over its pages.
 */
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { Article, Entity } from '../schemas/article.ts';
import type { Archive } from './archive.ts';
import type { EntityEntry } from './entity-index.ts';
import { workDir, workFiles } from './paths.ts';
import { digestOf, fileStamp } from './render-plan.ts';
import type { EntityKind } from './urls.ts';

const articleDigests = new WeakMap<Article, string>();

/** Digest of everything an article's record says (title, dates, entities…). */
export function articleDigest(article: Article): string {
  let digest = articleDigests.get(article);
  if (!digest) articleDigests.set(article, (digest = digestOf(article)));
  return digest;
}

/** Digest of the rendered body (the loader's digest covers the MDX page and the article's record). */
function bodyDigest(entry: CollectionEntry<'articles'> | undefined): string {
  const digest = (entry as { digest?: string } | undefined)?.digest;
  return digest ?? digestOf(entry?.rendered?.html ?? '');
}

const articleList = (articles: readonly Article[]) => articles.map(articleDigest);

/** An article page (and its JSON record, which reads a subset of the same). */
export function articlePageInputs(archive: Archive, article: Article, related: readonly Article[]): unknown {
  const entities = [...article.actors.map((a) => `actor:${a.id}`), ...article.places.map((p) => `place:${p.id}`)]
    .map((key) => archive.entityByKey.get(key) ?? null);
  const sameStory = (article.sameStory ?? []).map((id) => archive.byId.get(id)).filter((a) => a !== undefined);
  return [articleDigest(article), bodyDigest(archive.entries.get(article.id)), articleList(related), articleList(sameStory), entities];
}

export function articleRecordInputs(archive: Archive, article: Article): unknown {
  return [articleDigest(article), bodyDigest(archive.entries.get(article.id))];
}

/**
 * An entity's pages: the entity, every article naming it (counts, timeline, "often named with"
 * and the listed page), its mention file (contexts and statements) and, for a place, the places
 * its map may show.
 */
const mentionFileOf = (kind: EntityKind, id: string) => path.join(workFiles(workDir()).mentions, kind, `${id}.json`);

export function entityInputs(archive: Archive, kind: EntityKind, entry: EntityEntry): unknown {
  const mentionFile = mentionFileOf(kind, entry.entity.id);
  let places: (Entity | null)[] = [];
  if (kind === 'place') {
    const ids = new Set(entry.articles.flatMap((a) => a.places.map((p) => p.id)));
    places = [...ids].sort().map((id) => archive.entityByKey.get(`place:${id}`) ?? null);
  }
  return [entry.entity, entry.mentions, articleList(entry.articles), fileStamp(mentionFile), places];
}

/**
 * One page of an entity's list. Page 1 shows what is made of every article naming the entity
 * (overview, timeline, "often named with", latest statements): all of entityInputs. A later page
 * shows the entity's facts and its own slice of the list, with those articles' mentions and
 * statements from the mention file: so a change to one article renders page 1 and the page
 * listing it again, not every page of a place named in thousands of articles.
 */
export function entityPageInputs(archive: Archive, kind: EntityKind, entry: EntityEntry, page: { currentPage: number; lastPage: number; data: readonly Article[] }): unknown {
  if (page.currentPage === 1) return [1, entityInputs(archive, kind, entry)];
  return [page.currentPage, page.lastPage, entry.entity, entry.mentions, entry.articles.length, fileStamp(mentionFileOf(kind, entry.entity.id)), articleList(page.data)];
}

export { articleList as articleDigests };
