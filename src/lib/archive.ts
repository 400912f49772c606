/**
 * The one collection query of the site. Every page asks this module, which reads the articles'
 * metadata from the ingest's catalogue and the collections once per build and memoises the
 * joins (calling getCollection on every page is a known Astro bottleneck at scale:
 * withastro/astro#16297).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Entity } from '../schemas/article.ts';
import { compareByDateDesc, groupByDate, type DateArchive } from './dates.ts';
import { indexEntities, type EntityEntry } from './entity-index.ts';
import { relatedArticles } from './related-articles.ts';
import { keepRecent } from './keep-recent.ts';
import { workDir, workFiles } from './paths.ts';
import { recordArticleDigest } from './page-inputs.ts';
import { digestOf, keptAcrossBuilds } from './render-plan.ts';

/** URLs the archive keeps answering although their page moved or went (see scripts/ingest/url-registry.ts). */
export interface KeptUrls {
  redirects: { from: string; to: string; kind: 'article' | 'actor' | 'place' }[];
  withdrawn: { id: string; url: string; title: string; sourceFile: string; firstArchived: string; withdrawn: string; previousUrls: string[] }[];
  retired: { kind: 'actor' | 'place'; id: string; name: string; retired: string }[];
}

export interface Archive {
  /** Newest first, undated last. */
  articles: Article[];
  actors: EntityEntry[];
  places: EntityEntry[];
  dates: DateArchive<Article>;
  sources: { name: string; count: number }[];
  kept: KeptUrls;
  /** Actor or place by kind and id ("actor:ilham-aliyev"). */
  entityByKey: Map<string, Entity>;
  /** Article by page URL (paragraph anchors find their article by the page they are on). */
  byUrl: Map<string, Article>;
  /** Article by id (statements and mentions name their article by id). */
  byId: Map<string, Article>;
  /** Collection entries by article id: the id and the digest of the rendered story (page-inputs.ts). */
  entries: Map<string, CollectionEntry<'articles'>>;
}

let cached: Promise<Archive> | undefined;

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/**
 * The catalogue's articles, one JSON object per line. Each line's digest is recorded as its
 * article's (page-inputs.ts): the page inputs of 20,000 articles without turning each into JSON again.
 */
function readCatalogue(text: string): Article[] {
  return text.split('\n').filter((line) => line !== '').map((line) => {
    const article = JSON.parse(line) as Article;
    recordArticleDigest(article, digestOf(line));
    return article;
  });
}

async function load(): Promise<Archive> {
  const files = workFiles(workDir());
  const [catalogue, articleEntries, actorEntries, placeEntries] = await Promise.all([
    // Missing or unreadable (a line cut short): null, which the check below reports.
    readFile(files.catalogue, 'utf8').then(readCatalogue).catch(() => null),
    getCollection('articles'),
    getCollection('actors'),
    getCollection('places'),
  ]);
  // The catalogue and the rendered stories come from one ingest: a story without its metadata
  // (or the reverse) is a work folder left by an older version or cut short.
  const rendered = new Set(articleEntries.map((e) => e.id));
  const listed = new Set((catalogue ?? []).map((a) => a.id));
  if (listed.size !== rendered.size || [...listed].some((id) => !rendered.has(id))) {
    throw new Error(`expected ${files.catalogue} to list exactly the articles of ${files.articles}, found ${catalogue === null ? 'no catalogue' : `${listed.size} listed and ${rendered.size} pages`}. Run the ingest again (npm run ingest, or npm run build).`);
  }
  const articles = [...(catalogue ?? [])]
    .sort((a, b) => compareByDateDesc(a.published.date, b.published.date) || (a.id < b.id ? -1 : 1));
  const entities = (entries: { data: unknown }[]) => entries.map((e) => e.data as Entity);
  const sourceCounts = new Map<string, number>();
  for (const a of articles) if (a.source) sourceCounts.set(a.source.name, (sourceCounts.get(a.source.name) ?? 0) + 1);
  return {
    articles,
    actors: indexEntities(entities(actorEntries), articles, 'actor'),
    places: indexEntities(entities(placeEntries), articles, 'place'),
    dates: groupByDate(articles, (a) => a.published.date),
    kept: {
      redirects: await readJson(files.redirects),
      withdrawn: await readJson(files.withdrawn),
      retired: await readJson(files.retired),
    },
    byUrl: new Map(articles.map((a) => [a.url, a])),
    byId: new Map(articles.map((a) => [a.id, a])),
    entityByKey: new Map([
      ...entities(actorEntries).map((e) => [`actor:${e.id}`, e] as const),
      ...entities(placeEntries).map((e) => [`place:${e.id}`, e] as const),
    ]),
    entries: new Map(articleEntries.map((e) => [e.id, e])),
    sources: [...sourceCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}

export interface ArticleRecord {
  paragraphs: { kind: 'paragraph' | 'subheading'; text: string; anchor?: string; n?: number }[];
  citations: { formats: Record<string, string>; inText: string };
}

/** The body data and citations the ingest wrote for an article (an article page and its exports ask in turn). */
export const getRecord: (id: string) => Promise<ArticleRecord> = keepRecent(16, (id) => readJson<ArticleRecord>(`${workFiles(workDir()).records}/${id}.json`));

/** An article's story as HTML, as the article loader rendered it (src/loaders/article-loader.ts). */
export function getArticleHtml(id: string): Promise<string> {
  return readFile(path.join(workFiles(workDir()).html, `${id}.html`), 'utf8');
}

let related: Promise<Map<string, Article[]>> | undefined;

/**
 * Related articles of an article: computed for all articles once per build, on first use, or
 * taken from the last build when what they are computed from (each article's id, entities,
 * headline and same-story list, in order) did not change (render-plan.ts keptAcrossBuilds).
 */
export async function getRelated(id: string): Promise<Article[]> {
  related ??= getArchive().then((archive) => {
    const ids = keptAcrossBuilds(
      'related-articles',
      () => archive.articles.map((a) => [a.id, a.actors.map((e) => e.id), a.places.map((e) => e.id), a.title, a.sameStory ?? []]),
      () => Object.fromEntries([...relatedArticles(archive.articles)].map(([key, list]) => [key, list.map((a) => a.id)])),
    );
    return new Map(Object.entries(ids).map(([key, list]) => [key, list.map((i) => archive.byId.get(i)).filter((a) => a !== undefined)]));
  });
  return (await related).get(id) ?? [];
}
