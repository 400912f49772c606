/**
 * The HTML of a paragraph mark (`<Anchor id n />` in an article's MDX): the paragraph's number
 * as a link to its anchor, and its pin-cite (shown when the paragraph is the URL's target, by
 * CSS :target, no script). The article loader writes it into the pre-rendered page (see
 * article-loader.ts); the article page renders that HTML as it is. Kept out of the search index
 * so "¶3" never shows in excerpts.
 */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `inText` is the article's pin-cite with `{n}` for the paragraph number (see cite-article.ts). */
export function paragraphMarkHtml(anchor: string, n: string, pageUrl: string, inText: string | null): string {
  const link = new URL(`${pageUrl}#${anchor}`, pageUrl).href;
  const pin = `<a class="pin" id="${escapeHtml(anchor)}" href="#${escapeHtml(anchor)}" title="Link to paragraph ${escapeHtml(n)}" data-pagefind-ignore><span aria-hidden="true">¶</span>${escapeHtml(n)}</a>`;
  const cite = inText === null ? '' : `<span class="pincite" data-pagefind-ignore>Cite this paragraph: ${escapeHtml(inText.replace('{n}', n))} · <span class="nowrap">${escapeHtml(link)}</span></span>`;
  return pin + cite;
}

/** `<Anchor id="p-…" n="3" />` as the ingest writes it (article-to-mdx.ts); nothing else is JSX. */
export const ANCHOR_ELEMENT = /<Anchor id="([^"]+)" n="([^"]+)" \/>/g;

/** The MDX body as CommonMark with each paragraph mark as inline HTML. The rest of the body is
 * already CommonMark: the MDX printer escapes with backslashes and character references only. */
export function bodyWithMarks(body: string, pageUrl: string, inText: string | null): string {
  return body.replace(ANCHOR_ELEMENT, (_, anchor: string, n: string) => paragraphMarkHtml(anchor, n, pageUrl, inText));
}
