/**
 * Citations of an archived news article, or of one paragraph of it (a pin-cite), in APA 7th, MLA 9th,
 * Chicago 17th author-date (not notes-bibliography: one line per reference, like APA and MLA),
 * BibTeX, RIS and CSL-JSON. All formatting is done by citation-js (citeproc-js for the styles); this
 * module only builds the CSL item. Pure: no clock, no randomness.
 */
// @ts-expect-error citation-js ships no type declarations
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoAuthorDate from './csl/chicago-author-date.ts';
import modernLanguageAssociation from './csl/modern-language-association.ts';

export interface CitableArticle {
  id: string;
  title: string;
  subtitle: string | null;
  authors: string[];
  source: { name: string } | null;
  published: { date: string | null; certainty: 'stated' | 'inferred' | 'unknown' };
  originalUrl: string | null;
  archiveUrl: string;
  archiveName: string;
  /** 'YYYY-MM-DD' when the archive copy was made or last changed; given by the caller, never the clock. */
  accessed: string;
}

export type CiteFormat = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';

export const CITE_FORMATS: readonly { id: CiteFormat; label: string }[] = [
  { id: 'apa', label: 'APA (7th ed.)' },
  { id: 'mla', label: 'MLA (9th ed.)' },
  { id: 'chicago', label: 'Chicago (17th ed., author-date)' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

export interface ParagraphRef {
  anchor: string;
  number: number;
}

// plugin-csl bundles only apa, vancouver and harvard1; the official MLA and Chicago styles ship in ./csl/.
const TEMPLATES: Record<'apa' | 'mla' | 'chicago', string> = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
};
const styles = plugins.config.get('@csl').styles;
for (const [name, xml] of [
  [TEMPLATES.mla, modernLanguageAssociation],
  [TEMPLATES.chicago, chicagoAuthorDate],
]) {
  if (!styles.has(name)) styles.add(name, xml);
}

export type CslName = { family: string; given: string } | { literal: string };
const NEWSROOM = /\b(Agency|Agence|Agencia|Press|Presse|News|Staff|Desk|Bureau|Service|Newsroom|Editors?|Board|Team|Wire)\b/i;

/** "Ruslan Rehimov" → family/given. Anything less plain (one word, a particle such as "von", a suffix,
 * an all-caps word, punctuation, a newsroom word such as "Staff" or "Agence") stays literal:
 * printed as written rather than mangled into "France-Presse, A.". */
export function parseName(raw: string): CslName {
  const name = raw.trim().replace(/\s+/g, ' ');
  const words = name.split(' ');
  const plain =
    words.length >= 2 &&
    words.every((w) => /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) &&
    !/^(Jr|Sr|[IVX]+)\.?$/.test(words[words.length - 1]) &&
    !NEWSROOM.test(name);
  return plain ? { family: words[words.length - 1], given: words.slice(0, -1).join(' ') } : { literal: name };
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → CSL date at exactly that precision. */
function dateParts(date: string): { 'date-parts': number[][] } {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/**
 * The CSL-JSON item. The subtitle is left out: in this archive it is the standfirst (a summary
 * sentence), which APA, MLA and Chicago do not cite for news articles. `URL` is the outlet's URL
 * when known; the archive copy then goes in `archive` + `archive_location`, which all three styles
 * print for newspaper articles, and always in `note`, which BibTeX and RIS keep (they drop archive_*).
 */
export function toCslItem(article: CitableArticle, paragraph?: ParagraphRef): Record<string, unknown> {
  // Anchors are the archive's own paragraph ids, so only the archive URL gets one.
  const archiveUrl = paragraph ? `${article.archiveUrl}#${paragraph.anchor}` : article.archiveUrl;
  const id = paragraph ? `${article.id}-p${paragraph.number}` : article.id;
  // citation-key is the BibTeX key: keep it to characters every BibTeX reader accepts.
  const key = id.replace(/[^A-Za-z0-9_.:-]/g, '');
  const item: Record<string, unknown> = { id, 'citation-key': key, type: 'article-newspaper', title: article.title };
  if (article.authors.length) item.author = article.authors.map(parseName);
  if (article.source) item['container-title'] = article.source.name;
  if (article.published.date) item.issued = dateParts(article.published.date);
  item.accessed = dateParts(article.accessed);
  item.URL = article.originalUrl ?? archiveUrl;
  item.archive = article.archiveName;
  if (article.originalUrl) item.archive_location = archiveUrl; // else URL is the archive copy: print it once
  item.note = `Archived copy: ${archiveUrl} (${article.archiveName}, id ${article.id})`;
  if (paragraph) Object.assign(item, { locator: String(paragraph.number), label: 'paragraph' });
  return item;
}

/** Text of one format. Throws on citation-js errors; formatCitations catches. */
function render(format: CiteFormat, item: Record<string, unknown>, paragraph?: ParagraphRef, withEngine?: (engine: CiteprocEngine) => void): string {
  if (format === 'csl-json') return JSON.stringify([item], null, 2);
  const { locator, label, ...data } = item; // cite-time fields, not item variables
  if (format === 'bibtex') return bibtex(data);
  if (format === 'ris') return ris(data);
  const engine = styleEngine(format, data);
  const entry = bibliographyEntry(engine);
  withEngine?.(engine);
  if (!paragraph) return entry;
  // Reference entries never carry a locator; the pin-cite is the in-text citation after it.
  return `${entry}\n${inTextOf(engine, { locator, label })}`;
}

/**
 * A style's citeproc engine holding this one item, for its reference entry and in-text
 * citations. The engine is citation-js's own (one per style, kept between calls: building one
 * parses the style and locale), emptied and given the item, as `Cite#format('bibliography')`
 * does; but it is then asked for the entry and the in-text citation of the same registered
 * item, where two `format` calls would each empty it and register the item again (item
 * registration is most of citeproc's time per call: sort keys, disambiguation keys).
 */
function styleEngine(format: 'apa' | 'mla' | 'chicago', data: Record<string, unknown>): CiteprocEngine {
  // Chicago capitalises the first letter of archive_location ("Https://…"); nocase markup stops that.
  const location = data.archive_location ? { archive_location: `<span class="nocase">${data.archive_location}</span>` } : {};
  // Cite normalises the item exactly as Cite#format would see it.
  const [item] = new Cite([{ ...data, ...location }]).data as { id: string }[];
  const engine = plugins.config.get('@csl').engine([item], TEMPLATES[format], 'en-US', 'text') as CiteprocEngine;
  // Registering an item computes its bibliography sort keys, a third of citeproc's time here;
  // an engine holding one item has nothing to sort, so the keys are skipped (the style's sort
  // keys are put back at once: the engine is citation-js's, shared with other callers).
  const sortKeys = engine.bibliography_sort.tokens;
  engine.bibliography_sort.tokens = [];
  try {
    engine.updateItems([item.id]);
  } finally {
    engine.bibliography_sort.tokens = sortKeys;
  }
  return Object.assign(engine, { itemId: item.id });
}

/** What of citeproc's Engine is used here (citeproc-js, through citation-js's `@csl` config). */
interface CiteprocEngine {
  itemId: string;
  bibliography_sort: { tokens: unknown[] };
  updateItems(ids: string[]): string[];
  makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
  rebuildProcessorState(citations: unknown[], mode: string, uncited: string[]): [string, number, string][];
}

/** The item's reference entry, as `Cite#format('bibliography', { format: 'text' })` prints it. */
function bibliographyEntry(engine: CiteprocEngine): string {
  const [{ bibstart, bibend }, entries] = engine.makeBibliography();
  // citation-js marks an entry that starts with a tag with its id (in text output, only a title starting with "<").
  const marked = entries.map((entry) => entry.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${engine.itemId}"`));
  return `${bibstart}${marked.join('')}${bibend}`.trim();
}

/** The item's in-text citation, as `Cite#format('citation', { entry: [{ id, locator, label }] })` prints it. */
function inTextOf(engine: CiteprocEngine, cite: { locator?: unknown; label?: unknown }): string {
  const citation = { citationItems: [{ id: engine.itemId, ...cite }], properties: { noteIndex: 0 } };
  return engine.rebuildProcessorState([citation], 'text', [])[0][2].trim();
}

/** RIS, TY  - NEWS. citation-js follows the EndNote tag table, where a NEWS item's authors are
 * "reporter" (a variable its own CSL cleaner then drops) and its only date tag is PY, the year. So
 * AU and DA (the full date; Zotero's RIS import reads DA as the date) are added here. Its 70-column
 * wrapping is undone: its own parser rejoins wrapped lines with a space, which breaks URLs. */
function ris(data: Record<string, unknown>): string {
  const text: string = new Cite([data]).format('ris', { format: 'text' });
  const lines = text.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '').split('\n');
  const add = (tag: string, values: string[]) => {
    if (lines.some((line) => line.startsWith(`${tag}  - `))) return; // a later citation-js did it itself
    lines.splice(lines.findIndex((line, i) => i > 0 && line.slice(0, 2) > tag), 0, ...values.map((v) => `${tag}  - ${v}`));
  };
  const names = (data.author ?? []) as CslName[];
  add('AU', names.map((n) => ('literal' in n ? n.literal : `${n.family}, ${n.given}`)));
  const parts = (data.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0] ?? [];
  const [y, m, d] = parts.map((n) => String(n).padStart(2, '0'));
  if (m) add('DA', [`${y}/${m}/${d ?? ''}/`]);
  return lines.join('\n');
}

/** BibTeX has no newspaper type: citation-js writes @article with journal = outlet, as Zotero's
 * BibTeX export does for a newspaper article (biblatex's @online means nothing to classic styles).
 * Its defaults drop every character they cannot spell in ASCII LaTeX ("Ə", Cyrillic, Arabic…), so
 * Unicode is kept (biber, Zotero and JabRef read UTF-8) and the LaTeX specials that break a build
 * ("Q&A", the "#" of a paragraph URL in the note) are escaped here instead. Keys may hold '-'. The
 * config is global and formatting synchronous, so it is changed for this call only. */
function bibtex(data: Record<string, unknown>): string {
  const tex = (value: string) => value.replace(/[&%$#_]/g, '\\$&');
  const texts = Object.fromEntries(['title', 'container-title', 'note'].filter((k) => k in data).map((k) => [k, tex(data[k] as string)]));
  const author = (data.author as CslName[] | undefined)?.map((n) => Object.fromEntries(Object.entries(n).map(([k, v]) => [k, tex(v)])));
  const config = plugins.config.get('@bibtex').format;
  const saved = { ...config };
  Object.assign(config, { asciiOnly: false, checkLabel: false });
  try {
    return (new Cite([{ ...data, ...texts, ...(author && { author }) }]).format('bibtex', { format: 'text' }) as string).trim();
  } finally {
    Object.assign(config, saved);
  }
}

/** The APA in-text pin-cite of one paragraph alone, e.g. `(Rehimov, 2020, para. 3)`: what the
 * paragraph marks show. One citeproc call instead of formatCitations' dozen (the ingest makes one
 * per article, so at 20,000 articles this is minutes). Null when citation-js throws. */
export function inTextCitation(article: CitableArticle, paragraph: ParagraphRef): string | null {
  const { locator, label, ...data } = toCslItem(article, paragraph);
  try {
    const cite = new Cite([data]);
    const text = cite.format('citation', { format: 'text', template: TEMPLATES.apa, lang: 'en-US', entry: [{ id: data.id, locator, label }] }) as string;
    return text.trim();
  } catch {
    return null;
  }
}

/** Last resort when citation-js throws: still names the work and both places to find it. */
export function fallbackCitation(article: CitableArticle, paragraph?: ParagraphRef): string {
  const url = paragraph ? `${article.archiveUrl}#${paragraph.anchor}` : article.archiveUrl;
  const parts = [article.authors.join(', '), `"${article.title}"`, article.source?.name, article.published.date ?? 'n.d.'];
  return [...parts.filter(Boolean), article.originalUrl, `Archived at ${url}`].filter(Boolean).join('. ');
}

/**
 * formatCitations of the whole article, and the APA in-text pin-cite of one paragraph as
 * inTextCitation gives it (what the ingest needs for each article), the pin-cite from the engine
 * that printed the APA entry: an in-text citation prints only author, date, title and locator,
 * which the paragraph's item shares with the article's, and registering the paragraph's item in
 * the engine again would add a third to citeproc's work per article. Never throws; `inText` is
 * null when citation-js throws.
 */
export function formatArticleCitations(article: CitableArticle, pinCite: ParagraphRef): { formats: Record<CiteFormat, string>; inText: string | null } {
  let inText: string | null = null;
  const formats = formatAll(article, undefined, (engine) => {
    try {
      inText = inTextOf(engine, { locator: String(pinCite.number), label: 'paragraph' });
    } catch {
      // inTextCitation below tries again on its own.
    }
  });
  return { formats, inText: inText ?? inTextCitation(article, pinCite) };
}

/** Plain-text citations (no HTML) for every format. With `paragraph`, the pin-cite points at that
 * paragraph: URL with `#anchor` and a locator "para. N". Never throws. */
export function formatCitations(article: CitableArticle, paragraph?: ParagraphRef): Record<CiteFormat, string> {
  return formatAll(article, paragraph);
}

/** formatCitations; `withApaEngine` is also given the APA engine once it printed the entry. */
function formatAll(article: CitableArticle, paragraph?: ParagraphRef, withApaEngine?: (engine: CiteprocEngine) => void): Record<CiteFormat, string> {
  const item = toCslItem(article, paragraph);
  const out = {} as Record<CiteFormat, string>;
  for (const { id } of CITE_FORMATS) {
    try {
      out[id] = render(id, item, paragraph, id === 'apa' ? withApaEngine : undefined);
    } catch {
      out[id] = fallbackCitation(article, paragraph);
    }
  }
  return out;
}
