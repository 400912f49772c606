/**
 * The archive's index files beside the pages: for each actor and place, where every article
 * names it (sentences in context, paragraph anchors) and what it is reported to have said; and
 * the dates the stories mention, by year. The site reads one file per entity page or year page,
 * so no page has to open every article.
 *
 * A rebuild redoes only what changed: `index-state.json` records, per article, a digest of what
 * its index entries are made from and which entity and year files they went into. Articles
 * whose digest is unchanged keep their entries in the files as they are; the files the others
 * touched (before or now) are read, patched and written back in the order a clean run writes
 * them, so the result is byte-identical to a clean run (tests/unit/ingest-cache.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workFiles } from '../../src/lib/paths.ts';
import { contentDigest } from './content-digest.ts';
import type { FileOutcome } from './ingest-file.ts';
import { writeIfChanged } from './write-if-changed.ts';
import { articleLocator, datesInArticle, entityContexts, statementsInArticle, type DateInArticle, type EntityInArticle, type StatementInArticle } from './mention-contexts.ts';

export interface EntityMentions {
  /** By article id. */
  articles: Record<string, EntityInArticle>;
  statements: (StatementInArticle & { article: string })[];
}

export type DatesMentionedYear = (DateInArticle & { article: string })[];

/** Per year: how many mentions, per month and of the year alone. */
export type DatesMentionedSummary = Record<string, { total: number; months: Record<string, number>; yearOnly: number }>;

type IndexedArticle = NonNullable<FileOutcome['article']>;

/** What one article puts into the index files. */
interface Entries {
  entities: Map<string, { inArticle?: EntityInArticle; statements: StatementInArticle[] }>;
  dates: DateInArticle[];
}

/**
 * Per article: the digest of its index inputs, the entity keys and years it wrote to, and how
 * many statements it gave each key that has some. The site reads it too (src/lib/page-inputs.ts:
 * a later page of an entity's list reads only its own articles' entries of the mention file).
 */
export interface IndexState {
  code: string;
  articles: Record<string, { digest: string; keys: string[]; years: string[]; said: Record<string, number> }>;
}

export interface IndexStats {
  /** Articles whose entries were computed this time. */
  indexed: number;
  /** Entity and year files written or removed this time, or 'all' (a clean run). */
  files: number | 'all';
}

function entriesOf(article: IndexedArticle): Entries {
  const locate = articleLocator(article.body);
  const head = { texts: article.headTexts, mentions: article.headMentions };
  const entities: Entries['entities'] = new Map();
  for (const [key, inArticle] of entityContexts(article.body, article.mentions, locate, head)) entities.set(key, { inArticle, statements: [] });
  for (const [key, list] of statementsInArticle(article.body, article.statements, locate)) {
    const entry = entities.get(key) ?? { statements: [] };
    entry.statements.push(...list);
    entities.set(key, entry);
  }
  return { entities, dates: datesInArticle(article.body, article.eventDates, locate) };
}

/** What the state records of an article: its digest and the files its entries go into. */
function articleState(entries: Entries, digest: string): IndexState['articles'][string] {
  const said: Record<string, number> = {};
  for (const [key, { statements }] of entries.entities) if (statements.length > 0) said[key] = statements.length;
  return { digest, keys: [...entries.entities.keys()], years: [...new Set(entries.dates.map((d) => d.date.slice(0, 4)))], said };
}

/** Everything `entriesOf` reads (the id, and the fields contentDigest covers), so an unchanged digest means unchanged entries. */
function inputDigest(id: string, a: IndexedArticle): string {
  return createHash('sha256').update(`${id}\0${contentDigest(a)}`).digest('base64url');
}

const byString = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenArticle = (a: DateInArticle & { article: string }, b: DateInArticle & { article: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0;

function yearSummary(list: DatesMentionedYear): DatesMentionedSummary[string] {
  const months: Record<string, number> = {};
  for (const d of list) if (d.date.length > 4) months[d.date.slice(5, 7)] = (months[d.date.slice(5, 7)] ?? 0) + 1;
  return { total: list.length, months, yearOnly: list.filter((d) => d.date.length === 4).length };
}

const entityFile = (dir: string, key: string) => {
  const [kind, id] = key.split(':');
  return path.join(workFiles(dir).mentions, kind, `${id}.json`);
};

/** The entity keys and years whose files are on disk now. */
async function filesOnDisk(dir: string): Promise<{ keys: Set<string>; years: Set<string> }> {
  const files = workFiles(dir);
  const keys = new Set<string>();
  for (const kind of ['actor', 'place']) {
    for (const name of await readdir(path.join(files.mentions, kind)).catch(() => [] as string[])) if (name.endsWith('.json')) keys.add(`${kind}:${name.slice(0, -5)}`);
  }
  const years = new Set((await readdir(files.datesMentioned).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)));
  return { keys, years };
}

async function readState(file: string, code: string): Promise<IndexState | null> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as IndexState;
    return state.code === code ? state : null;
  } catch {
    return null;
  }
}

/**
 * Writes the index files for `articles` (in corpus order), each only when its text changed (an
 * unchanged file keeps its modification time: the site renders again only the pages whose
 * files changed), and removes those of entities and years no longer named. With `code` (the
 * ingest's code digest; omitted: no reuse), only the files of articles whose entries changed
 * since the last run are touched.
 */
export async function writeIndexes(dir: string, articles: readonly { id: string; article: IndexedArticle }[], code?: string): Promise<IndexStats> {
  const files = workFiles(dir);
  const stateFile = files.indexState;
  const digests = articles.map(({ id, article }) => inputDigest(id, article));
  const last = code ? await readState(stateFile, code) : null;
  // Until this run has written every file, the state on disk must not be trusted.
  await rm(stateFile, { force: true });
  for (const kind of ['actor', 'place']) await mkdir(path.join(files.mentions, kind), { recursive: true });
  await mkdir(files.datesMentioned, { recursive: true });

  const state: IndexState = { code: code ?? '', articles: {} };
  const changed: number[] = [];
  articles.forEach(({ id }, i) => {
    const before = last?.articles[id];
    if (before && before.digest === digests[i]) state.articles[id] = before;
    else changed.push(i);
  });
  const current = new Set(articles.map((a) => a.id));
  const removed = last ? Object.keys(last.articles).filter((id) => !current.has(id)) : [];
  // Patch only when the files on disk are the ones the state describes and little changed.
  let usable = last !== null && changed.length + removed.length <= articles.length / 4;
  if (usable) {
    const onDisk = await filesOnDisk(dir);
    const keys = new Set(Object.values(last!.articles).flatMap((a) => a.keys));
    const years = new Set(Object.values(last!.articles).flatMap((a) => a.years));
    usable = onDisk.keys.size === keys.size && [...keys].every((k) => onDisk.keys.has(k))
      && onDisk.years.size === years.size && [...years].every((y) => onDisk.years.has(y));
  }
  const stats = !usable ? { ...(await writeAllFiles(dir, articles, digests, state)), indexed: articles.length }
    : changed.length + removed.length === 0 ? { indexed: 0, files: 0 }
    : await patchFiles(dir, articles, digests, changed, removed, last!, state);
  if (code) await writeFile(stateFile, JSON.stringify(state));
  return stats;
}

/** A clean run: every file from every article. */
async function writeAllFiles(dir: string, articles: readonly { id: string; article: IndexedArticle }[], digests: readonly string[], state: IndexState): Promise<{ files: 'all' }> {
  const files = workFiles(dir);
  const entities = new Map<string, EntityMentions>();
  const years = new Map<string, DatesMentionedYear>();
  for (const [i, { id, article }] of articles.entries()) {
    const entries = entriesOf(article);
    for (const [key, { inArticle, statements }] of entries.entities) {
      const entry = entities.get(key) ?? { articles: {}, statements: [] };
      if (inArticle) entry.articles[id] = inArticle;
      entry.statements.push(...statements.map((s) => ({ article: id, ...s })));
      entities.set(key, entry);
    }
    for (const d of entries.dates) {
      const year = d.date.slice(0, 4);
      const list = years.get(year) ?? [];
      list.push({ article: id, ...d });
      years.set(year, list);
    }
    state.articles[id] = articleState(entries, digests[i]);
  }
  const written = new Set<string>();
  const put = async (file: string, text: string) => {
    written.add(file);
    await writeIfChanged(file, text);
  };
  // The statements again in one file: the statements export would otherwise read every
  // mention file (mostly sentences in context) on every render.
  const statements: Record<string, EntityMentions['statements']> = {};
  for (const [key, entry] of [...entities].sort(byString)) {
    await put(entityFile(dir, key), JSON.stringify(entry));
    if (entry.statements.length > 0) statements[key] = entry.statements;
  }
  await writeIfChanged(files.statements, JSON.stringify(statements));
  const summary: DatesMentionedSummary = {};
  for (const [year, list] of [...years].sort(byString)) {
    list.sort(byDateThenArticle);
    summary[year] = yearSummary(list);
    await put(path.join(files.datesMentioned, `${year}.json`), JSON.stringify(list));
  }
  await writeIfChanged(files.datesMentionedSummary, `${JSON.stringify(summary, null, 2)}\n`);
  for (const folder of [path.join(files.mentions, 'actor'), path.join(files.mentions, 'place'), files.datesMentioned]) {
    for (const name of await readdir(folder)) {
      if (!written.has(path.join(folder, name))) await rm(path.join(folder, name), { force: true });
    }
  }
  return { files: 'all' };
}

/**
 * A rebuild: the entries of the `changed` articles (indexes into `articles`) are computed again;
 * the files they and the `removed` articles touched are read, stripped of those articles'
 * entries, given the new ones, and put back in corpus order (as `writeAllFiles` orders them).
 */
async function patchFiles(
  dir: string,
  articles: readonly { id: string; article: IndexedArticle }[],
  digests: readonly string[],
  changed: readonly number[],
  removed: readonly string[],
  last: IndexState,
  state: IndexState,
): Promise<IndexStats> {
  const files = workFiles(dir);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const redone = new Set([...changed.map((i) => articles[i].id), ...removed]);
  const fresh = new Map<string, Entries>();
  const keys = new Set<string>();
  const years = new Set<string>();
  for (const id of removed) {
    last.articles[id].keys.forEach((k) => keys.add(k));
    last.articles[id].years.forEach((y) => years.add(y));
  }
  for (const i of changed) {
    const { id, article } = articles[i];
    const entries = entriesOf(article);
    fresh.set(id, entries);
    const before = last.articles[id];
    const now = (state.articles[id] = articleState(entries, digests[i]));
    [...(before?.keys ?? []), ...now.keys].forEach((k) => keys.add(k));
    [...(before?.years ?? []), ...now.years].forEach((y) => years.add(y));
  }
  // The statements of every entity in one file (tens of MB in a large archive): read and written
  // again only when a redone article's statements changed, not for every edit.
  const statementsChanges = new Map<string, EntityMentions['statements'] | null>();
  for (const key of keys) {
    const file = entityFile(dir, key);
    const oldText = await readFile(file, 'utf8').catch(() => null);
    const old = JSON.parse(oldText ?? '{"articles":{},"statements":[]}') as EntityMentions;
    const inArticles = Object.entries(old.articles).filter(([id]) => !redone.has(id));
    const statements = old.statements.filter((s) => !redone.has(s.article));
    for (const [id, entries] of fresh) {
      const entry = entries.entities.get(key);
      if (entry?.inArticle) inArticles.push([id, entry.inArticle]);
      if (entry) statements.push(...entry.statements.map((s) => ({ article: id, ...s })));
    }
    const at = (id: string) => position.get(id) ?? -1;
    inArticles.sort(([a], [b]) => at(a) - at(b));
    // Stable: one article's statements keep their order.
    statements.sort((a, b) => at(a.article) - at(b.article));
    if (JSON.stringify(statements) !== JSON.stringify(old.statements)) statementsChanges.set(key, statements.length > 0 ? statements : null);
    if (inArticles.length === 0 && statements.length === 0) {
      await rm(file, { force: true });
      continue;
    }
    await writeIfChanged(file, JSON.stringify({ articles: Object.fromEntries(inArticles), statements }), oldText);
  }
  if (statementsChanges.size > 0) {
    const statementsIndex = JSON.parse(await readFile(files.statements, 'utf8')) as Record<string, EntityMentions['statements']>;
    for (const [key, statements] of statementsChanges) {
      if (statements) statementsIndex[key] = statements;
      else delete statementsIndex[key];
    }
    await writeIfChanged(files.statements, JSON.stringify(Object.fromEntries(Object.entries(statementsIndex).sort(byString))));
  }
  const summary = JSON.parse(await readFile(files.datesMentionedSummary, 'utf8')) as DatesMentionedSummary;
  for (const year of years) {
    const file = path.join(files.datesMentioned, `${year}.json`);
    const oldText = await readFile(file, 'utf8').catch(() => null);
    const list = (JSON.parse(oldText ?? '[]') as DatesMentionedYear).filter((d) => !redone.has(d.article));
    for (const [id, entries] of fresh) list.push(...entries.dates.filter((d) => d.date.slice(0, 4) === year).map((d) => ({ article: id, ...d })));
    list.sort(byDateThenArticle);
    if (list.length === 0) {
      await rm(file, { force: true });
      delete summary[year];
      continue;
    }
    await writeIfChanged(file, JSON.stringify(list), oldText);
    summary[year] = yearSummary(list);
  }
  await writeIfChanged(files.datesMentionedSummary, `${JSON.stringify(Object.fromEntries(Object.entries(summary).sort(byString)), null, 2)}\n`);
  return { indexed: changed.length, files: keys.size + years.size };
}
