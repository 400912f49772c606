/**
 * The archive's index files beside the pages: for each actor and place, where every article
 * names it (sentences in context, paragraph anchors) and what it is reported to have said; and
 * the dates the stories mention, by year. The site reads one file per entity page or year page,
 * so no page has to open every article.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { workFiles } from '../../src/lib/paths.ts';
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

export function collectIndexes() {
  const entities = new Map<string, EntityMentions>();
  const years = new Map<string, DatesMentionedYear>();
  return {
    add(id: string, article: NonNullable<FileOutcome['article']>) {
      const locate = articleLocator(article.body);
      const head = { texts: article.headTexts, mentions: article.headMentions };
      for (const [key, inArticle] of entityContexts(article.body, article.mentions, locate, head)) {
        const entry = entities.get(key) ?? { articles: {}, statements: [] };
        entry.articles[id] = inArticle;
        entities.set(key, entry);
      }
      for (const [key, list] of statementsInArticle(article.body, article.statements, locate)) {
        const entry = entities.get(key) ?? { articles: {}, statements: [] };
        entry.statements.push(...list.map((s) => ({ article: id, ...s })));
        entities.set(key, entry);
      }
      for (const d of datesInArticle(article.body, article.eventDates, locate)) {
        const year = d.date.slice(0, 4);
        const list = years.get(year) ?? [];
        list.push({ article: id, ...d });
        years.set(year, list);
      }
    },
    /**
     * Writes the files, each only when its text changed (an unchanged file keeps its
     * modification time: the site renders again only the pages whose files changed), and
     * removes those of entities and years no longer named.
     */
    async write(dir: string) {
      const files = workFiles(dir);
      const written = new Set<string>();
      const put = async (file: string, text: string) => {
        written.add(file);
        await writeIfChanged(file, text);
      };
      for (const kind of ['actor', 'place']) await mkdir(path.join(files.mentions, kind), { recursive: true });
      await mkdir(files.datesMentioned, { recursive: true });
      // The statements again in one file: the statements export would otherwise read every
      // mention file (mostly sentences in context) on every render.
      const statements: Record<string, EntityMentions['statements']> = {};
      for (const [key, entry] of [...entities].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [kind, id] = key.split(':');
        await put(path.join(files.mentions, kind, `${id}.json`), JSON.stringify(entry));
        if (entry.statements.length > 0) statements[key] = entry.statements;
      }
      await writeIfChanged(files.statements, JSON.stringify(statements));
      const summary: DatesMentionedSummary = {};
      for (const [year, list] of [...years].sort(([a], [b]) => (a < b ? -1 : 1))) {
        list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
        const months: Record<string, number> = {};
        for (const d of list) if (d.date.length > 4) months[d.date.slice(5, 7)] = (months[d.date.slice(5, 7)] ?? 0) + 1;
        summary[year] = { total: list.length, months, yearOnly: list.filter((d) => d.date.length === 4).length };
        await put(path.join(files.datesMentioned, `${year}.json`), JSON.stringify(list));
      }
      await writeIfChanged(files.datesMentionedSummary, `${JSON.stringify(summary, null, 2)}\n`);
      for (const folder of [path.join(files.mentions, 'actor'), path.join(files.mentions, 'place'), files.datesMentioned]) {
        for (const name of await readdir(folder)) {
          if (!written.has(path.join(folder, name))) await rm(path.join(folder, name), { force: true });
        }
      }
    },
  };
}
