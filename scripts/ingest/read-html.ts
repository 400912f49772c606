/**
 * Reads a saved HTML news page into the plain-text shape of the text reader (headline, then one
 * paragraph per line) plus the metadata the page states in its head and JSON-LD. The page is only
 * parsed (linkedom runs no scripts); JSON-LD is read with JSON.parse. Never throws.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import { collapse, nameOf, readMetaDate, readMetaUrl, SIDECAR_HINT, splitAuthors, type SourceDocument, type SourceMetadata } from './source-document.ts';

type Json = Record<string, unknown>;

/** Elements whose content is never text of the page. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'video', 'audio']);
/** Elements that start and end a paragraph line. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog']);
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i;
const FURNITURE_NAMES = /(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|related|promo|advert|ads?|paywall|breadcrumbs?|popup|modal|comments?)(?:$|[\s_-])/i;
const MIN_WORDS = 20;
const HINT = `If the page states it wrongly, ${SIDECAR_HINT}.`;

const words = (lines: string[]): number => lines.join(' ').split(/\s+/).filter(Boolean).length;
const str = (value: unknown): string | null => (typeof value === 'string' ? collapse(value) || null : null);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Navigation, share bars, cookie banners, related links: page furniture, not story. */
function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'header' && !el.parentElement?.closest('article')) return true; // the site's header, not the story's
  if (FURNITURE_ROLES.test(el.getAttribute('role') ?? '')) return true;
  return FURNITURE_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The text of a DOM subtree, one paragraph per block element, whitespace collapsed. Iterative, so deep nesting cannot overflow the stack. */
export function htmlParagraphs(root: Node): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (): void => { const text = collapse(line); if (text) out.push(text); line = ''; };
  const stack: (Node | null)[] = [root]; // null marks the end of a block
  while (stack.length) {
    const node = stack.pop();
    if (node === null) { flush(); continue; }
    if (!node) continue;
    if (node.nodeType === 3) { line += node.textContent ?? ''; continue; }
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') { line += ' '; continue; }
      if (SKIP.has(tag) || (node !== root && isFurniture(el))) continue;
      if (BLOCK.has(tag)) { flush(); stack.push(null); }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue; // comments, doctype, processing instructions
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}

/** Parses a page; a fragment without <body> goes into the body of an empty document (linkedom does not build one). */
function load(html: string): Document {
  if (/<body[\s>]/i.test(html)) return parseHTML(html).document as unknown as Document;
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  document.body.innerHTML = html;
  return document as unknown as Document;
}

/** HTML (a page or a fragment, e.g. a crawler's `content`) as plain text, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  return htmlParagraphs(load(html)).join('\n\n');
}

/** The first schema.org Article (NewsArticle, ReportageNewsArticle, BlogPosting…) in the page's JSON-LD. */
function findLdArticle(doc: Document, diagnostics: Diagnostic[]): Json | null {
  const visit = (data: unknown, depth: number): Json | null => {
    if (depth > 5 || !data || typeof data !== 'object') return null;
    if (Array.isArray(data)) { for (const item of data) { const f = visit(item, depth + 1); if (f) return f; } return null; }
    const obj = data as Json;
    if ([obj['@type']].flat().some((t) => typeof t === 'string' && /Article$|BlogPosting$/.test(t))) return obj;
    return visit(obj['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)|(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/g, '');
    try {
      const found = visit(JSON.parse(raw), 0);
      if (found) return found;
    } catch (error) {
      diagnostics.push(diagnostic('html-jsonld-invalid', 'warning', `A JSON-LD block is not valid JSON (${(error as Error).message}): ${quote(raw)}.`, `Its metadata is ignored. Fix the JSON-LD, or ${SIDECAR_HINT}.`));
    }
  }
  return null;
}

/** The first candidate `read` accepts; the problems of those tried before it are kept. */
function firstValid<T>(candidates: [unknown, string][], read: (value: unknown, what: string) => { value: T | null; diagnostics: Diagnostic[] }, diagnostics: Diagnostic[]): T | undefined {
  for (const [value, what] of candidates) {
    const r = read(value, what);
    diagnostics.push(...r.diagnostics);
    if (r.value) return r.value;
  }
  return undefined;
}

function readHead(doc: Document, baseUrl: string | undefined, diagnostics: Diagnostic[]): { metadata: SourceMetadata; description: string | null; h1: string | null } {
  const metas = new Map<string, string[]>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = collapse(m.getAttribute('content') ?? '');
    if (key && content) metas.set(key, [...(metas.get(key) ?? []), content]);
  }
  const meta = (...keys: string[]): string | null => keys.map((k) => metas.get(k)?.[0]).find(Boolean) ?? null;
  const ld = findLdArticle(doc, diagnostics) ?? {};
  const md: SourceMetadata = {};

  const source = nameOf([ld.publisher].flat()[0]) ?? meta('og:site_name');
  const sites = [...new Set([source, meta('og:site_name'), meta('application-name')].filter((s): s is string => !!s))];
  const h1 = collapse(doc.querySelector('h1')?.textContent ?? '') || null;
  const docTitle = collapse([...doc.querySelectorAll('title')].find((t) => !t.closest('svg'))?.textContent ?? '') || null;
  /** "Headline | Site" → "Headline" when the suffix (or prefix) is the site's name, or what follows the h1 is one. */
  const stripSite = (title: string | null): string | null => {
    if (!title) return null;
    for (const site of sites) {
      const s = escapeRegExp(site);
      const stripped: string = title.replace(new RegExp(`\\s+[|\\-–—·:»]+\\s+${s}$|^${s}\\s+[|\\-–—·:»]+\\s+`, 'i'), '');
      if (stripped !== title && stripped) return stripped;
    }
    if (h1 && title.toLowerCase().startsWith(h1.toLowerCase()) && /^\s+[|\-–—·:»]+\s+\S/.test(title.slice(h1.length))) return h1;
    return title;
  };
  md.title = str(ld.headline) ?? stripSite(meta('og:title', 'twitter:title')) ?? stripSite(docTitle) ?? h1 ?? undefined;
  md.source = source ?? undefined;

  const ldAuthors = [ld.author].flat().filter((a) => !(a && typeof a === 'object' && /Organization$/.test(String((a as Json)['@type']))));
  const citation = (metas.get('citation_author') ?? []).map((a) => a.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'));
  md.authors = [ldAuthors, citation, metas.get('author'), metas.get('article:author')].map((a) => splitAuthors(a)).find((a) => a.length);

  const date = (value: unknown, what: string) => readMetaDate(value, what, HINT);
  md.published = firstValid([[ld.datePublished, 'JSON-LD datePublished'], [meta('article:published_time'), 'article:published_time'], [meta('datepublished', 'pubdate', 'dc.date.issued', 'date'), 'meta date']], date, diagnostics);
  md.updated = firstValid([[ld.dateModified, 'JSON-LD dateModified'], [meta('article:modified_time'), 'article:modified_time'], [meta('og:updated_time', 'datemodified'), 'meta modified date']], date, diagnostics);

  const canonical = [...doc.querySelectorAll('link')].find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.getAttribute('href');
  const ldUrl = str(ld.url) ?? str(ld.mainEntityOfPage) ?? nameOf((ld.mainEntityOfPage as Json | undefined)?.['@id']);
  const base = baseUrl ?? meta('og:url') ?? undefined;
  md.url = firstValid([[canonical, '<link rel="canonical">'], [meta('og:url'), 'og:url'], [ldUrl, 'JSON-LD url'], [baseUrl, 'The page URL']], (value, what) => readMetaUrl(value, what, HINT, base), diagnostics);

  md.language = str(doc.querySelector('html')?.getAttribute('lang')) ?? str(ld.inLanguage) ?? meta('content-language', 'language', 'dc.language') ?? meta('og:locale')?.replace('_', '-');
  md.section = meta('article:section') ?? str([ld.articleSection].flat()[0]) ?? undefined;
  for (const key of Object.keys(md) as (keyof SourceMetadata)[]) if (md[key] === undefined || md[key] === null) delete md[key];
  return { metadata: md, description: meta('og:description', 'description', 'twitter:description') ?? str(ld.description), h1 };
}

/** The largest element of a kind, or null. */
function largest(doc: Document, selector: string): Element | null {
  let best: Element | null = null;
  let most = 0;
  for (const el of doc.querySelectorAll(selector)) {
    const n = words(htmlParagraphs(el));
    if (n > most) { best = el; most = n; }
  }
  return best;
}

function read(html: string, options: { url?: string }): SourceDocument {
  const diagnostics: Diagnostic[] = [];
  const fail = (ruleId: string, message: string, hint: string): SourceDocument => ({ text: '', metadata: {}, part: null, diagnostics: [diagnostic(ruleId, 'error', message, hint)] });
  if (!html.trim()) return fail('html-empty', 'The HTML file is empty.', 'Save the article page again (File › Save Page As…, "Web Page, HTML only"), or remove the file.');
  if (!/<(?:!doctype\s+html|[a-z][a-z0-9-]*)(?:\s[^>]*)?\/?>/i.test(html)) {
    return fail('html-not-html', `Expected an HTML page, found text without tags: ${quote(html)}.`, 'If this is a plain-text article, save it with a .txt extension.');
  }
  const doc = load(html);
  const { metadata, description, h1 } = readHead(doc, options.url, diagnostics);

  let body: string[] = [];
  try {
    const article = new Readability<Node>(doc, { keepClasses: true, serializer: (node) => node }).parse();
    if (article?.content) body = htmlParagraphs(article.content);
  } catch { body = []; } // Readability gave up on this page: the fallback below reads it
  if (words(body) < MIN_WORDS) {
    const fresh = load(html);
    const root = largest(fresh, 'article') ?? largest(fresh, 'main, [role="main"]') ?? fresh.querySelector('body') ?? fresh;
    body = htmlParagraphs(root);
    if (body.length) {
      diagnostics.push(diagnostic('html-main-text-fallback', 'warning', `The main text was not recognised (fewer than ${MIN_WORDS} words); the whole <${(root as Element).tagName?.toLowerCase() ?? 'document'}> is used: ${quote(body.join(' '))}.`, 'Check the article text for menus or other page furniture, or save the article as plain text instead.'));
    }
  }
  if (body.length && [metadata.title, h1].some((t) => t && norm(t) === norm(body[0]))) body.shift(); // the headline again
  if (!body.length) {
    diagnostics.push(diagnostic('html-no-text', 'error', 'No article text was found in the page.', 'The page may be an index, a paywall stub or need JavaScript to show the article; save the article text as a .txt file instead.'));
    return { text: '', metadata, part: null, diagnostics };
  }
  const lead = description?.replace(/(?:…|\.\.\.)$/, '') ?? '';
  // A description that only repeats the start of a paragraph is an excerpt, not a standfirst.
  if (lead && norm(lead) !== norm(metadata.title ?? '') && !body.some((p) => norm(p).startsWith(norm(lead)))) metadata.subtitle = description!;
  if (!metadata.title) diagnostics.push(diagnostic('html-title-missing', 'warning', 'The page states no title (no JSON-LD headline, og:title, <title> or <h1>); its first paragraph is read as the headline.', `Add the title in a sidecar NAME.meta.json ({"title": "…"}).`));
  const text = (metadata.title ? [metadata.title, ...body] : body).join('\n\n');
  return { text, metadata, part: null, diagnostics };
}

export function readHtml(html: string, options: { url?: string } = {}): SourceDocument {
  try {
    return read(typeof html === 'string' ? html : '', options ?? {});
  } catch (error) {
    return { text: '', metadata: {}, part: null, diagnostics: [diagnostic('html-unreadable', 'error', `The HTML page could not be read: ${(error as Error)?.message ?? String(error)}.`, 'Save the article text as a .txt file instead.')] };
  }
}
