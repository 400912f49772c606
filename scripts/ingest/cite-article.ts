/**
 * The citations of an article in every format the cite panel offers, computed once per
 * article in the ingest (citeproc takes milliseconds per call; pages must not repeat it per
 * paragraph). Paragraph pin-cites reuse the in-text form, with `{n}` for the paragraph number.
 */
import type { Article } from '../../src/schemas/article.ts';
import { formatArticleCitations, type CitableArticle, type CiteFormat } from '../../src/lib/citation.ts';

export interface ArticleCitations {
  formats: Record<CiteFormat, string>;
  /** In-text pin-cite with a `{n}` placeholder, e.g. `(Rehimov, 2020, para. {n})`. */
  inText: string;
}

/** What an article's citations are made from: a change elsewhere (its text, its actors) leaves them as they were. */
export function citableOf(article: Article, site: URL, archiveName: string): CitableArticle {
  return {
    id: article.id,
    title: article.title,
    subtitle: article.subtitle,
    authors: article.authors,
    source: article.source ? { name: article.source.name } : null,
    published: article.published,
    originalUrl: article.originalUrl,
    archiveUrl: new URL(article.url, site).href,
    archiveName,
    accessed: article.lastChanged,
  };
}

export function citeArticle(article: Article, site: URL, archiveName: string): ArticleCitations {
  const citable = citableOf(article, site, archiveName);
  // Every format, and the in-text pin-cite of paragraph 1, whose number is then replaced by {n}.
  const { formats, inText: cited } = formatArticleCitations(citable, { anchor: 'p', number: 1 });
  const pinned = cited ?? '';
  const inText = /\b1\)$/.test(pinned) ? pinned.replace(/\b1\)$/, '{n})') : `(${article.title.slice(0, 40)}, para. {n})`;
  return { formats, inText };
}
