/**
 * What each many-paged route reads, as values to digest (src/lib/render-plan.ts): an article
 * page reads its article, its rendered body and record, its related and same-story articles
 * and its entities' spellings; an entity page its entity, its articles, its mention file and,
 * for a place's map, the places named with it; a date page the articles of its period. The
 * digests are memoised per build, so a route costs one pass over its pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { IndexState } from '../../scripts/ingest/write-indexes.ts';
import type { Article, Entity } from '../schemas/article.ts';
import type { Archive } from './archive.ts';
import type { EntityEntry } from './entity-index.ts';
import { workDir, workFiles } from './paths.ts';
import { digestOf, fileStamp } from './render-plan.ts';
import type { EntityKind } from './urls.ts';

/** digestOf, taken once per object: the same articles and entities are digested for many pages. */
function digestOnce<T extends object>(): (value: T) => string {
  const digests = new WeakMap<T, string>();
  return (value) => {
    let digest = digests.get(value);
    if (!digest) digests.set(value, (digest = digestOf(value)));
    return digest;
  };
}

const digestOfArticle = digestOnce<Article>();
const catalogueDigests = new WeakMap<Article, string>();

/** The digest of an article's catalogue line, recorded as archive.ts reads it: it digests the same fields. */
export function recordArticleDigest(article: Article, digest: string): void {
  catalogueDigests.set(article, digest);
}

/** Digest of everything an article's record says (title, dates, entities…). */
export const articleDigest = (article: Article): string => catalogueDigests.get(article) ?? digestOfArticle(article);

const digestOfEntity = digestOnce<Entity>();
/** Digest of an actor or place as its pages and the pages naming it show it (name, aliases, type…). */
const entityDigest = (entity: Entity | null | undefined): string | null => (entity ? digestOfEntity(entity) : null);

/** Digest of the rendered body (the loader's digest covers the MDX page and the article's record). */
function bodyDigest(entry: CollectionEntry<'articles'> | undefined): string {
  const digest = (entry as { digest?: string } | undefined)?.digest;
  return digest ?? digestOf(entry?.rendered?.html ?? '');
}

const articleList = (articles: readonly Article[]) => articles.map(articleDigest);

/** An article page (and its JSON record, which reads a subset of the same). */
export function articlePageInputs(archive: Archive, article: Article, related: readonly Article[]): unknown {
  const entities = [...article.actors.map((a) => `actor:${a.id}`), ...article.places.map((p) => `place:${p.id}`)]
    .map((key) => entityDigest(archive.entityByKey.get(key)));
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
  let places: (string | null)[] = [];
  if (kind === 'place') {
    const ids = new Set(entry.articles.flatMap((a) => a.places.map((p) => p.id)));
    places = [...ids].sort().map((id) => entityDigest(archive.entityByKey.get(`place:${id}`)));
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
  return [page.currentPage, page.lastPage, entry.entity, entry.mentions, entry.articles.length, mentionsOnPage(archive, kind, entry, page.data), articleList(page.data)];
}

interface MentionIndex {
  stamp: string;
  /** Article id → digest of what its entries in the mention files are made from. */
  digests: Map<string, string>;
  /** Entity key → article id → statements the article gave it. */
  said: Map<string, Map<string, number>>;
  /** Per archive, entity key → its statements of articles the archive has (summed once per entity, not per page). */
  counted: WeakMap<Archive, Map<string, number>>;
}
let mentionIndex: MentionIndex | null = null;

/** The ingest's index state (scripts/ingest/write-indexes.ts), read once per version of the file; null when there is none. */
function readMentionIndex(): MentionIndex | null {
  const file = workFiles(workDir()).indexState;
  const stamp = fileStamp(file);
  if (stamp === 'none') return null;
  if (mentionIndex?.stamp !== stamp) {
    try {
      const state = JSON.parse(readFileSync(file, 'utf8')) as IndexState;
      const digests = new Map<string, string>();
      const said = new Map<string, Map<string, number>>();
      for (const [id, a] of Object.entries(state.articles)) {
        digests.set(id, a.digest);
        for (const [key, n] of Object.entries(a.said ?? {})) {
          const byArticle = said.get(key) ?? new Map<string, number>();
          byArticle.set(id, n);
          said.set(key, byArticle);
        }
      }
      mentionIndex = { stamp, digests, said, counted: new WeakMap() };
    } catch {
      return null;
    }
  }
  return mentionIndex;
}

/**
 * What a later page of an entity's list shows from its mention file: the entries of the
 * articles it lists (their sentences naming the entity and their statements), and the number of
 * the entity's statements. From the ingest's index state, each listed article's index digest
 * (which covers its entries) and the statement count: so a change to another article naming
 * the entity, which rewrites the mention file, does not render this page again. Without the
 * state (an ingest without its cache writes none), the mention file's stamp, as before.
 */
function mentionsOnPage(archive: Archive, kind: EntityKind, entry: EntityEntry, listed: readonly Article[]): unknown {
  const index = readMentionIndex();
  const digests = index ? listed.map((a) => index.digests.get(a.id)) : [];
  if (!index || digests.some((d) => d === undefined)) return fileStamp(mentionFileOf(kind, entry.entity.id));
  const key = `${kind}:${entry.entity.id}`;
  let counted = index.counted.get(archive);
  if (!counted) index.counted.set(archive, (counted = new Map()));
  let statements = counted.get(key);
  if (statements === undefined) {
    statements = 0;
    // Counted as the page counts them: statements of articles the archive has.
    for (const [id, n] of index.said.get(key) ?? []) if (archive.byId.has(id)) statements += n;
    counted.set(key, statements);
  }
  return [statements, digests];
}

export { articleList as articleDigests };

/**
 * What the data exports read (src/lib/data-exports.ts): each a function of the archive, so
 * the digest is taken only in an incremental build. Files the ingest wrote count by their stamp
 * (it rewrites a file only when its text changed).
 */
const articleFacts = (archive: Archive) => archive.articles.map((a) => [a.id, a.published.date, a.source?.name ?? null, a.url]);
const entityFacts = (entries: readonly EntityEntry[]) => entries.map((e) => [e.entity, e.articles.length, e.mentions, articleIds(e.articles)]);
const articleIds = (articles: readonly Article[]) => articles.map((a) => a.id);

export const exportInputs = {
  /**
   * articles.csv, articles.json, mentions.csv and the feed: every article as a whole, in order
   * (mentions.csv reads each article's id, date, outlet and entities: digesting those apart cost
   * half a second at 20,000 articles, beside digests taken anyway).
   */
  articles: (archive: Archive) => articleList(archive.articles),
  /** actors.csv, places.csv and their JSON: the entities, with their articles and counts. */
  entities: (entries: readonly EntityEntry[]) => entityFacts(entries),
  /** statements.csv: the speakers in order, the statements file and the articles they name. */
  statements: (archive: Archive) => [
    archive.actors.map((e) => [e.entity.id, e.entity.name]),
    archive.places.map((e) => [e.entity.id, e.entity.name]),
    fileStamp(workFiles(workDir()).statements),
    articleFacts(archive),
  ],
  /** dates-mentioned.csv: the year files (those the summary lists) and the articles they name. */
  datesMentioned: (archive: Archive, years: readonly string[]) => [
    fileStamp(workFiles(workDir()).datesMentionedSummary),
    years.map((y) => [y, fileStamp(path.join(workFiles(workDir()).datesMentioned, `${y}.json`))]),
    articleFacts(archive),
  ],
  /** ingest-report.json: the report the ingest wrote. */
  report: () => fileStamp(workFiles(workDir()).report),
};
