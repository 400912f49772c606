/**
 * Reads the publication (and updated) date an article states in its header. Dates are never
 * invented: only components the text states count, so no clock, no implied values, no guessing.
 */
import * as chrono from 'chrono-node';
import { diagnostic, quote } from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';

export type DatePrecision = 'day' | 'month' | 'year';
export interface PartialDate { date: string; precision: DatePrecision } // 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
export interface PublicationDate {
  published: PartialDate | null;
  /** the exact words the date was read from, e.g. "02.10.2020" */
  publishedText: string | null;
  /** 1-based line number (as passed in) where it was found */
  line: number | null;
  updated: PartialDate | null;
  diagnostics: Diagnostic[];
}
export interface HeaderLine { text: string; line: number }

/** One date expression found in a text; `value` is null when it names an impossible date. */
interface Found { value: PartialDate | null; text: string; index: number; diagnostics: Diagnostic[] }

// Fixed reference so chrono never consults the clock; its implied values are discarded anyway.
const REF = new Date(Date.UTC(2000, 0, 1));
const SIDECAR = 'add the date in a sidecar NAME.meta.json ({"date": "YYYY-MM-DD"})';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Numeric forms are read here, not by chrono, whose day/month order depends on the locale chosen.
const YMD = /(?<![\w./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s?[+-]\d{2}:?\d{2})?)?(?![\w]|[./-]\d)/g;
const DMY = /(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./-]\d)/g;
// Written dates chrono refuses (e.g. "February 31, 2020"), so they can be reported rather than dropped.
const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const WRITTEN = new RegExp(`\\b(?:${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}),?\\s*(\\d{4})\\b`, 'gi');
const HAS_MONTH = new RegExp(`\\b${MON}`, 'i');
const UPDATED_LABEL = /^(?:last\s+)?(?:updated?|modified|revised|edited)\b/i;
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|date|filed|released|issued)\b/i;
const LABEL_ONLY = /^\W*(?:(?:first|last)\s+)?(?:published|posted|date|updated?|modified)\W*$/i;
// Photo dates say when a picture was taken, not when the article appeared.
const CAPTION = /\b(?:photo|photograph|picture|image|caption|credit|getty)\b|©|\bcopyright\b/i;
// Words common in bylines and datelines; other lowercase words suggest a story sentence.
const HEADER_WORDS = new Set(['by', 'and', 'on', 'at', 'in', 'of', 'the', 'am', 'pm', 'a.m.', 'p.m.', 'min', 'read', 'last', 'first', 'updated', 'update', 'published', 'posted', 'from', 'for', 'with']);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function partial(y: number, m?: number, d?: number): PartialDate {
  if (m === undefined) return { date: pad(y, 4), precision: 'year' };
  if (d === undefined) return { date: `${pad(y, 4)}-${pad(m)}`, precision: 'month' };
  return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

/** Why y-m-d is not a usable date, or null when it is. */
function problem(y: number, m = 1, d = 1): string | null {
  if (y < 1800 || y > 2100) return `year ${y} is outside 1800–2100`;
  if (m < 1 || m > 12) return `month ${m} does not exist`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d < 1 || d > days ? `${MONTHS[m - 1]} ${y} has no day ${d}` : null;
}

function checked(text: string, index: number, y: number, m?: number, d?: number, extra: Diagnostic[] = []): Found {
  const why = problem(y, m, d);
  if (!why) return { value: partial(y, m, d), text, index, diagnostics: extra };
  const hint = `Check the source; if the date is known, ${SIDECAR}.`;
  return { value: null, text, index, diagnostics: [diagnostic('date-invalid', 'warning', `Date ${quote(text)} is not a valid date: ${why}.`, hint)] };
}

const twoDigitYear = (text: string): number | null => {
  // Accept a two-digit year only when chrono itself reads the expression with a certain year.
  for (const parser of [chrono.en.GB, chrono.en.casual]) { // day-first, then month-first
    const r = safeParse(parser, text)[0];
    if (r && r.index === 0 && r.text.trim() === text && r.start.isCertain('year')) return r.start.get('year');
  }
  return null;
};

function numeric(m: RegExpExecArray, yearFirst: boolean): Found | null {
  const text = m[0];
  if (yearFirst) return checked(text, m.index, +m[1], +m[3], +m[4]);
  const [a, b] = [+m[1], +m[3]];
  const y = m[4].length === 4 ? +m[4] : twoDigitYear(text);
  if (y === null) return null;
  // Dotted and dashed dates are European (day first); slashed ones are decided by a part over 12.
  if (m[2] !== '/' || a > 12 || a === b) return checked(text, m.index, y, b, a);
  if (b > 12) return checked(text, m.index, y, a, b);
  const reading = (d: number, mo: number) => `${d} ${MONTHS[mo - 1]} ${y}`;
  const warn = diagnostic('date-ambiguous-day-month', 'warning',
    `Date ${quote(text)} could be ${reading(a, b)} (day first) or ${reading(b, a)} (month first); only the year ${y} is used.`,
    `If you know which, ${SIDECAR}.`);
  return checked(text, m.index, y, undefined, undefined, [warn]);
}

function safeParse(parser: chrono.Chrono, text: string): chrono.ParsedResult[] {
  try { return parser.parse(text, REF); } catch { return []; }
}

/** All date expressions in `text`, in order. A bare year counts only when `bareYear` allows it. */
function findAll(text: string, bareYear: boolean): Found[] {
  const found: Found[] = [];
  for (const [re, yearFirst] of [[YMD, true], [DMY, false]] as const) {
    for (const m of text.matchAll(re)) { const f = numeric(m, yearFirst); if (f) found.push(f); }
  }
  // Blank out numeric dates (keeping offsets) so chrono cannot re-read them month-first.
  let masked = text;
  for (const f of found) masked = masked.slice(0, f.index) + ' '.repeat(f.text.length) + masked.slice(f.index + f.text.length);
  for (const r of safeParse(chrono.en.casual, masked)) {
    const s = r.start;
    const y = s.get('year');
    // "today" or "3 days ago" come back with a "certain" year: demand the year be written out.
    // All-numeric forms chrono reads (e.g. "v1.2.2020") are left to the regexes above.
    if (!s.isCertain('year') || y === null || !new RegExp(`(?<!\\d)(${y}|${String(y).slice(2)})(?!\\d)`).test(r.text)) continue;
    if (!HAS_MONTH.test(r.text)) continue;
    const lead = /^(?:on|at|the)\s+/i.exec(r.text)?.[0].length ?? 0;
    const words = r.text.slice(lead).trim();
    const mo = s.isCertain('month') ? s.get('month') ?? undefined : undefined;
    found.push(checked(words, r.index + lead, y, mo, mo !== undefined && s.isCertain('day') ? s.get('day') ?? undefined : undefined));
  }
  for (const m of masked.matchAll(WRITTEN)) {
    if (found.some((f) => f.index < m.index + m[0].length && m.index < f.index + f.text.length)) continue;
    const mo = MONTHS.findIndex((n) => n.toLowerCase().startsWith((m[1] ?? m[4]).slice(0, 3).toLowerCase())) + 1;
    const f = checked(m[0], m.index, +m[5], mo, +(m[2] ?? m[3]));
    if (!f.value) found.push(f); // only to report it: reading dates is chrono's job
  }
  // A year (or ISO year-month) alone is a date only as a whole field or after a label, never in prose.
  const year = /^\s*(?:(?:(?:first|last)\s+)?(?:published|posted|updated?|date|filed|released)\b\W*(?:on|in)?\s*)?((\d{4})(?:-(\d{2}))?)[\s.]*$/i.exec(text);
  if (!found.length && year && (bareYear || /[a-z]/i.test(text))) {
    found.push(checked(year[1], text.lastIndexOf(year[1]), +year[2], year[3] ? +year[3] : undefined));
  }
  return found.sort((p, q) => p.index - q.index);
}

/** Like parseStatedDate, but keeps the diagnostics of an impossible date (value null). */
export function readStatedDate(text: string): { value: PartialDate | null; text: string | null; diagnostics: Diagnostic[] } {
  const first = typeof text === 'string' ? findAll(text, true)[0] : undefined;
  return first ? { value: first.value, text: first.text, diagnostics: first.diagnostics } : { value: null, text: null, diagnostics: [] };
}

/** Reads one date expression (e.g. from a sidecar field or a header line); null when the text states no full calendar date (year at least). */
export function parseStatedDate(text: string): { value: PartialDate; text: string; diagnostics: Diagnostic[] } | null {
  const r = readStatedDate(text);
  return r.value && r.text !== null ? { value: r.value, text: r.text, diagnostics: r.diagnostics } : null;
}

/** A byline segment reads as a dateline (short, few lowercase words), not a story sentence or caption. */
function looksLikeDateline(segment: string, dates: Found[]): boolean {
  let rest = segment;
  for (const f of dates) rest = rest.replace(f.text, ' ');
  const words = rest.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const lower = words.filter((w) => /^[a-z]/.test(w) && !HEADER_WORDS.has(w.replace(/[,;:]$/, '')));
  const sentenceEnd = /[.!?…]["'”’)]*\s*$/.test(segment) && words.length >= 3;
  return words.length <= 12 && lower.length < 3 && !sentenceEnd && !CAPTION.test(segment);
}

/** Finds the publication and updated dates among the header lines of an article. */
export function findPublicationDate(lines: HeaderLine[]): PublicationDate {
  const out: PublicationDate = { published: null, publishedText: null, line: null, updated: null, diagnostics: [] };
  let updatedLine: number | null = null;
  let carried: 'published' | 'updated' | null = null; // a label alone on the line before the date
  for (const { text, line } of Array.isArray(lines) ? lines : []) {
    if (typeof text !== 'string') continue;
    const all = findAll(text, false);
    if (!all.length) { carried = LABEL_ONLY.test(text) ? (UPDATED_LABEL.test(text.replace(/^\W+/, '')) ? 'updated' : 'published') : null; continue; }
    let prevEnd = 0;
    for (const f of all) {
      // A label stands between the previous date (or byline separator) and this date.
      const label = text.slice(prevEnd, f.index).split(/\||\s[-–—•·]\s/).pop()!.replace(/^[\W_]+/, '');
      const kind = UPDATED_LABEL.test(label) ? 'updated' : PUBLISHED_LABEL.test(label) ? 'published' : carried;
      const start = text.lastIndexOf('|', f.index) + 1;
      const end = text.indexOf('|', f.index) < 0 ? text.length : text.indexOf('|', f.index);
      const inSegment = all.filter((g) => g.index >= start && g.index < end);
      prevEnd = f.index + f.text.length;
      if (!kind && !looksLikeDateline(text.slice(start, end), inSegment)) continue;
      const taken = kind === 'updated' ? out.updated !== null : out.published !== null;
      if (taken) continue;
      out.diagnostics.push(...f.diagnostics.map((d) => ({ ...d, line })));
      if (!f.value) continue;
      if (kind === 'updated') { out.updated = f.value; updatedLine = line; }
      else { out.published = f.value; out.publishedText = f.text; out.line = line; }
    }
    carried = null;
  }
  if (!out.published && out.updated) {
    out.diagnostics.push(diagnostic('date-only-updated', 'info', `Only an "updated" date (${out.updated.date}) is stated; the publication date is left unset.`, `If you know the publication date, ${SIDECAR}.`, updatedLine));
  } else if (!out.published) {
    out.diagnostics.push(diagnostic('date-missing', 'info', 'No publication date is stated in the article header.', 'Add the date in a sidecar NAME.meta.json ({"date": "YYYY-MM-DD"}) if you know it; the article is listed as undated.'));
  }
  return out;
}
