/**
 * An entity's reported statements joined with their articles, newest article first, so a page
 * can say who reported what, when, and link to the paragraph.
 */
import type { Article } from '../schemas/article.ts';
import { compareByDateDesc } from './dates.ts';
import type { StatementInArticle } from './entity-mentions.ts';

export interface ReportedStatement extends StatementInArticle {
  article: Article;
}

/** Every page of an entity asks for the same list (its file is cached): join and sort it once. */
const joinedOnce = new WeakMap<object, ReportedStatement[]>();

export function latestStatements(statements: readonly (StatementInArticle & { article: string })[], byId: ReadonlyMap<string, Article>): ReportedStatement[] {
  let found = joinedOnce.get(statements);
  if (!found) joinedOnce.set(statements, (found = joinStatements(statements, byId)));
  return found;
}

function joinStatements(statements: readonly (StatementInArticle & { article: string })[], byId: ReadonlyMap<string, Article>): ReportedStatement[] {
  const joined: ReportedStatement[] = [];
  for (const s of statements) {
    const article = byId.get(s.article);
    if (article) joined.push({ ...s, article });
  }
  // Stable within an article: the order of the text.
  return joined
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => compareByDateDesc(a.article.published.date, b.article.published.date) || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : i - j))
    .map(([s]) => s);
}

/** The link to the paragraph a statement or mention was found in. */
export function paragraphUrl(articleUrl: string, anchor: string | null): string {
  return anchor ? `${articleUrl}#${anchor}` : articleUrl;
}
