/**
 * Gives each article its permanent id and URL from the URL registry, and lists what the site
 * must keep answering for: redirects from earlier URLs and notices for withdrawn articles.
 */
import type { Article } from '../../src/schemas/article.ts';
import type { FileOutcome } from './ingest-file.ts';
import { assignArticles, type RegisteredArticle, type Registry } from './url-registry.ts';

export interface Redirect {
  from: string;
  to: string;
  /** What moved: an article or an entity page. */
  kind: 'article' | 'actor' | 'place';
}

export function assignUrls(
  outcomes: readonly FileOutcome[],
  duplicates: ReadonlyMap<string, string>,
  registry: Registry,
  today: string,
): { registry: Registry; redirects: Redirect[]; withdrawn: RegisteredArticle[] } {
  const published = outcomes.filter((o) => o.article && !duplicates.has(o.sourceFile));
  const candidates = published.map((o) => ({
    sourceFile: o.sourceFile,
    title: o.article!.draft.title,
    date: o.article!.draft.published.date,
    textHash: o.article!.textHash,
    simhash: o.article!.simhash,
    contentHash: o.article!.draft.contentHash,
  }));
  const result = assignArticles(registry, candidates, today);
  published.forEach((o, i) => {
    const entry = result.assigned[i];
    const data: Article = { ...o.article!.draft, id: entry.id, url: entry.url, firstArchived: entry.firstArchived, lastChanged: entry.lastChanged, previousUrls: entry.previousUrls };
    o.article!.data = data;
    o.diagnostics.push(...(result.diagnostics.get(o.sourceFile) ?? []));
  });
  // A duplicate's report entry points at the page of the file it duplicates.
  const bySource = new Map(published.map((o) => [o.sourceFile, o.article!.data!]));
  for (const o of outcomes) {
    const first = duplicates.get(o.sourceFile);
    if (first && o.article) o.article.data = bySource.get(first);
  }
  const redirects = result.registry.articles.flatMap((e) =>
    e.withdrawn ? [] : e.previousUrls.map((from) => ({ from, to: e.url, kind: 'article' as const })),
  );
  return { registry: result.registry, redirects, withdrawn: result.registry.articles.filter((e) => e.withdrawn) };
}
