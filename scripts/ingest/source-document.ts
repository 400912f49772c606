/**
 * The shape every format reader (HTML, crawler records) produces for the text reader, and the
 * small value readers they share: dates go through the stated-date reader, URLs must be http(s),
 * author strings are split into names. Pure; problems come back as diagnostics.
 */
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import { readStatedDate, type DatePrecision } from './find-publication-date.ts';

export interface StatedDate { date: string; precision: DatePrecision; text: string }

/** Every field optional: only what the source states. */
export interface SourceMetadata {
  title?: string;
  subtitle?: string;
  authors?: string[];
  source?: string;
  url?: string;
  published?: StatedDate;
  updated?: StatedDate;
  /** When the page was saved or crawled: the reference for dates the page gives relatively ("3 hours ago"). */
  retrieved?: StatedDate;
  language?: string;
  section?: string;
}

export interface SourceDocument {
  /** Plain text: headline first line, then paragraphs separated by blank lines. */
  text: string;
  metadata: SourceMetadata;
  /** For multi-record files: which record (e.g. "record 3" / "line 12"), else null. */
  part: string | null;
  diagnostics: Diagnostic[];
}

export const SIDECAR_HINT = 'correct it in a sidecar NAME.meta.json (e.g. {"date": "YYYY-MM-DD", "url": "https://…"})';

/** Collapses runs of whitespace (incl. no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A non-empty string (collapsed), or the `name` of an object such as {"@type": "Person", "name": …}. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'name')) return nameOf((value as { name: unknown }).name);
  return null;
}

/** Reads a metadata date; `what` names the field for the message, e.g. `article:published_time`. */
export function readMetaDate(value: unknown, what: string, hint: string, line: number | null = null): { value: StatedDate | null; diagnostics: Diagnostic[] } {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return { value: null, diagnostics: [] };
  const shown = typeof value === 'string' ? quote(value) : quote(JSON.stringify(value) ?? String(value));
  const invalid = (why: string) => ({ value: null, diagnostics: [diagnostic('metadata-date-invalid', 'warning', `${what} ${shown} is not a usable date: ${why}.`, hint, line)] });
  if (typeof value !== 'string') return invalid('expected date text such as "2020-10-08"');
  const r = readStatedDate(value);
  if (!r.value || r.text === null) {
    const why = r.diagnostics[0]?.message.replace(/^.*?is not a valid date: /, '').replace(/\.$/, '');
    return invalid(why ?? 'no calendar date (year at least) is stated');
  }
  return { value: { ...r.value, text: r.text }, diagnostics: r.diagnostics.map((d) => ({ ...d, line })) };
}

/** Reads an absolute http(s) URL, resolving a relative one against `base` when given. */
export function readMetaUrl(value: unknown, what: string, hint: string, base?: string, line: number | null = null): { value: string | null; diagnostics: Diagnostic[] } {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return { value: null, diagnostics: [] };
  let url: URL | null = null;
  if (typeof value === 'string') {
    try { url = new URL(value.trim(), base); } catch { url = null; }
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return { value: url.href, diagnostics: [] };
  const shown = typeof value === 'string' ? quote(value) : quote(JSON.stringify(value) ?? String(value));
  return { value: null, diagnostics: [diagnostic('metadata-url-invalid', 'warning', `${what} ${shown} is not an absolute http(s) URL.`, hint, line)] };
}

const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;

/**
 * Author names from a string ("By A and B", "A, B; C"), an object with `name`, or an array of
 * those. Profile URLs and e-mail addresses are dropped; "Jr." stays with its name; no duplicates.
 */
export function splitAuthors(value: unknown, separators = /\s*(?:[,;|&]|\sand\s)\s*/i): string[] {
  const names: string[] = [];
  const add = (raw: unknown): void => {
    if (Array.isArray(raw)) { for (const item of raw) add(item); return; }
    const text = nameOf(raw);
    if (!text) return;
    const parts = text.replace(/^by\s+/i, '').split(separators);
    for (const part of parts.map(collapse)) {
      if (!part || /^(?:https?:\/\/|www\.)|@.*\./i.test(part) || part.length > 100) continue;
      if (SUFFIX.test(part) && names.length) names[names.length - 1] += `, ${part}`;
      else if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
    }
  };
  add(value);
  return names;
}
