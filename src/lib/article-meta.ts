/**
 * Machine-readable citation metadata for an article page's `<head>`, in the forms reference
 * managers and crawlers read: Highwire `citation_*` (Zotero, Google Scholar), Dublin Core with
 * `DC.type` = newspaperArticle (Zotero's RDF path files the item as a newspaper article),
 * OpenGraph, schema.org `NewsArticle` JSON-LD, and a COinS span (OpenURL) for older tools.
 * Zotero reads `citation_journal_title` as the publication name; the outlet goes there.
 */
import type { Article } from '../schemas/article.ts';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for OpenGraph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** `2020-10-02` → `2020/10/02`, the Highwire form; partial dates keep their precision. */
export function highwireDate(date: string): string {
  return date.replaceAll('-', '/');
}

export function citationMetaTags(article: Article, archiveUrl: string, archiveName: string): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (attribute: MetaTag['attribute'], key: string, content: string | null | undefined) => {
    if (content) tags.push({ attribute, key, content });
  };
  const date = article.published.date;
  add('name', 'citation_title', article.title);
  for (const author of article.authors) add('name', 'citation_author', author);
  add('name', 'citation_date', date && highwireDate(date));
  add('name', 'citation_journal_title', article.source?.name);
  add('name', 'citation_public_url', article.originalUrl ?? archiveUrl);
  add('name', 'citation_fulltext_html_url', archiveUrl);
  add('name', 'citation_language', 'en');
  add('name', 'DC.type', 'newspaperArticle');
  add('name', 'DC.title', article.title);
  for (const author of article.authors) add('name', 'DC.creator', author);
  add('name', 'DC.date', date);
  add('name', 'DC.publisher', article.source?.name);
  add('name', 'DC.source', article.originalUrl);
  add('name', 'DC.identifier', archiveUrl);
  add('name', 'DC.description', article.subtitle);
  add('property', 'og:type', 'article');
  add('property', 'og:title', article.title);
  add('property', 'og:description', article.subtitle);
  add('property', 'og:url', archiveUrl);
  add('property', 'og:site_name', archiveName);
  add('property', 'article:published_time', date);
  add('property', 'article:modified_time', article.updated);
  for (const author of article.authors) add('property', 'article:author', author);
  return tags;
}

export function newsArticleJsonLd(article: Article, archiveUrl: string, archiveName: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.subtitle ? { description: article.subtitle } : {}),
    ...(article.published.date ? { datePublished: article.published.date } : {}),
    ...(article.updated ? { dateModified: article.updated } : {}),
    ...(article.authors.length ? { author: article.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source.name } } : {}),
    ...(article.dateline ? { locationCreated: { '@type': 'Place', name: article.dateline } } : {}),
    url: archiveUrl,
    mainEntityOfPage: archiveUrl,
    ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
    identifier: article.id,
    wordCount: article.wordCount,
    archivedAt: archiveUrl,
    sourceOrganization: { '@type': 'Organization', name: archiveName },
    about: [...article.actors, ...article.places].map((e) => e.name),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in an article
 * (a title containing `</script>`) can close the element and become markup.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The `title` of a COinS `<span class="Z3988">`: an OpenURL ContextObject for a newspaper article. */
export function coinsTitle(article: Article, archiveUrl: string): string {
  const params = new URLSearchParams({ ctx_ver: 'Z39.88-2004', rft_val_fmt: 'info:ofi/fmt:kev:mtx:journal', 'rft.genre': 'article', 'rft.atitle': article.title });
  if (article.source) params.append('rft.jtitle', article.source.name);
  if (article.published.date) params.append('rft.date', article.published.date);
  for (const author of article.authors) params.append('rft.au', author);
  params.append('rft_id', article.originalUrl ?? archiveUrl);
  return params.toString();
}
