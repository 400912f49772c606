/**
 * One validated article → the two files the site reads: its MDX page and its record (the body
 * as anchored paragraphs, and its citations). Pure, so it can run in an ingest worker and its
 * result can be cached by the digest of its input.
 */
import type { Article } from '../../src/schemas/article.ts';
import { ARCHIVE_NAME, siteUrl } from '../../src/lib/site.ts';
import { articleToMdx, type BodyBlock, type TextLink } from './article-to-mdx.ts';
import { citeArticle, type ArticleCitations } from './cite-article.ts';
import { anchorBody } from './paragraph-anchors.ts';

export interface RenderedPage {
  mdx: string;
  record: string;
  /** The citations in the record, for the citation cache (`citeKeyOf` in write-archive.ts). */
  citations: ArticleCitations;
}

export const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/**
 * `links`: words of the body that link to entity pages (the first mention of each). `citations`:
 * the article's citations when they are known already (citeproc is most of the time a page takes
 * to print, and they change only with the article's bibliographic fields).
 */
export function renderPage(article: Article, body: readonly BodyBlock[], links: readonly TextLink[] = [], citations?: ArticleCitations): RenderedPage {
  const cited = citations ?? citeArticle(article, siteUrl(), ARCHIVE_NAME);
  const record = { paragraphs: anchorBody(body), citations: cited };
  return { mdx: articleToMdx(article, body, links), record: json(record), citations: cited };
}
