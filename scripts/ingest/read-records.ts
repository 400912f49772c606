/**
 * Reads news-crawler output (news-please, NewsAPI, Scrapy feeds and the like) into one
 * SourceDocument per record: a JSON array, a single object, an object wrapping an array, or JSON
 * Lines. Field names vary by crawler, so each field has a list of names tried in order. Records
 * are only parsed (JSON.parse), never executed; markup in a text field is reduced to its text.
 */
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import { htmlToText } from './read-html.ts';
import { collapse, nameOf, readMetaDate, readMetaUrl, splitAuthors, type SourceDocument, type SourceMetadata, type StatedDate } from './source-document.ts';

type Json = Record<string, unknown>;

export const MAX_RECORDS = 100_000;
const TITLE = ['title', 'headline'];
const TEXT = ['text', 'body', 'content', 'maintext', 'article'];
const PUBLISHED = ['date', 'published', 'published_at', 'publishedAt', 'publish_date', 'date_publish', 'datePublished', 'pubDate'];
const UPDATED = ['date_modify', 'updated', 'updated_at', 'modified', 'dateModified'];
/** When the crawler saved the page (news-please's date_download and similar). */
const RETRIEVED = ['date_download', 'retrieved', 'retrieved_at', 'crawled', 'crawled_at', 'date_crawled', 'scraped_at', 'downloaded_at'];
const AUTHORS = ['authors', 'author'];
const URLS = ['url', 'link', 'source_url'];
const SOURCE = ['source', 'site_name', 'publisher', 'outlet', 'source_domain'];
const WRAPPERS = ['articles', 'items', 'records', 'data'];
/** Markup a crawler keeps from the page; a stray "<script>" in plain text is not enough. */
const HTML_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|span|a|em|strong|b|i|blockquote|figure|figcaption|table|tr|td|section|article|img|pre)(?:\s[^<>]*)?\/?>/i;
const HINT = 'Correct the field in the record (dates as YYYY-MM-DD, URLs as https://…).';

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const has = (rec: Json, key: string): boolean => Object.hasOwn(rec, key) && rec[key] !== null && rec[key] !== '';
const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const fail = (ruleId: string, message: string, hint: string, line: number | null, part: string | null = null): SourceDocument =>
  ({ text: '', metadata: {}, part, diagnostics: [diagnostic(ruleId, 'error', message, hint, line)] });

/** Paragraphs of a text field: a string (markup converted, one paragraph per line) or an array of them. */
function paragraphsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(paragraphsOf);
  if (typeof value !== 'string') return [];
  const text = HTML_TAG.test(value) ? htmlToText(value) : value;
  return text.split(/\n/).map(collapse).filter(Boolean);
}

/** The first of `keys` whose value `read` accepts. */
function first<T>(rec: Json, keys: string[], read: (value: unknown, key: string) => T | null): T | null {
  for (const key of keys) {
    const value = has(rec, key) ? read(rec[key], key) : null;
    if (value !== null) return value;
  }
  return null;
}

/** One record; a failure inside (e.g. markup nested too deep to parse) costs only that record. */
function readRecord(rec: unknown, label: string, part: string | null, line: number): SourceDocument {
  try {
    return recordDocument(rec, label, part, line);
  } catch (error) {
    return fail('record-unreadable', `${label} could not be read: ${error instanceof Error ? error.message : String(error)}.`, 'Simplify or remove the record.', line, part);
  }
}

function recordDocument(rec: unknown, label: string, part: string | null, line: number): SourceDocument {
  if (!isObject(rec)) {
    const found = rec === null ? 'null' : Array.isArray(rec) ? 'an array' : `a ${typeof rec} ${quote(String(rec))}`;
    return fail('record-not-object', `${label} is not an article record (an object with title and text): found ${found}.`, 'Remove it, or give it "title" and "text" fields.', line, part);
  }
  const diagnostics: Diagnostic[] = [];
  const metadata: SourceMetadata = {};
  const title = first(rec, TITLE, (v) => (typeof v === 'string' ? collapse(v) || null : null));
  let body = first(rec, TEXT, (v) => { const p = paragraphsOf(v); return p.length ? p : null; });
  const description = has(rec, 'description') ? paragraphsOf(rec.description) : [];
  if (!body && title && description.length) {
    body = description;
    diagnostics.push(diagnostic('record-text-from-description', 'info', `${label} has no full text; its description is used as the text: ${quote(description.join(' '))}.`, 'Crawl the full article text if you need it.', line));
  }
  const missing = [!title && `title (looked for ${TITLE.map((k) => `"${k}"`).join(', ')})`, !body && `text (looked for ${[...TEXT, 'description'].map((k) => `"${k}"`).join(', ')})`].filter(Boolean);
  if (missing.length) {
    const keys = Object.keys(rec).slice(0, 25).map((k) => JSON.stringify(k)).join(', ') || 'none';
    return fail('record-missing-field', `${label} has no ${missing.join(' and no ')}; its keys are ${keys}.`, 'Rename the field to one of those looked for, or remove the record.', line, part);
  }
  if (norm(body![0]) === norm(title!)) body!.shift();

  const readDate = (keys: string[]): StatedDate | null => first(rec, keys, (v, key) => {
    const r = readMetaDate(v, `${label}: "${key}"`, HINT, line);
    diagnostics.push(...r.diagnostics);
    return r.value;
  });
  const published = readDate(PUBLISHED);
  if (published) metadata.published = published;
  const updated = readDate(UPDATED);
  if (updated) metadata.updated = updated;
  const retrieved = readDate(RETRIEVED);
  if (retrieved) metadata.retrieved = retrieved;
  const authors = first(rec, AUTHORS, (v) => { const a = splitAuthors(v); return a.length ? a : null; });
  if (authors) metadata.authors = authors;
  const url = first(rec, URLS, (v, key) => {
    const r = readMetaUrl(v, `${label}: "${key}"`, HINT, undefined, line);
    diagnostics.push(...r.diagnostics);
    return r.value;
  });
  if (url) metadata.url = url;
  const source = first(rec, SOURCE, nameOf);
  if (source) metadata.source = source;
  const language = first(rec, ['language', 'lang'], nameOf);
  if (language) metadata.language = language;
  const section = first(rec, ['section', 'category'], (v) => nameOf([v].flat()[0]));
  if (section) metadata.section = section;
  const lead = first(rec, ['subtitle'], nameOf) ?? (description.length && body !== description ? description.join(' ') : null);
  const leadText = lead?.replace(/(?:…|\.\.\.)$/, '') ?? '';
  if (lead && !body!.some((p) => norm(p).startsWith(norm(leadText)))) metadata.subtitle = lead;
  metadata.title = title!;
  return { text: [title, ...body!].join('\n\n'), metadata, part, diagnostics };
}

/** 1-based line where each element of the records array starts (the root array, or the one under `key`). Only called on valid JSON. */
function elementLines(text: string, key: string | null): number[] {
  const lines: number[] = [];
  let line = 1, depth = 0, target = -1, expect = false, lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { line++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === ':') continue;
    if (expect && depth === target) { expect = false; if (c !== ']') lines.push(line); }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1) lastKey = text.slice(i, j + 1);
      i = j;
    } else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && target === -1 && (key === null ? depth === 1 : depth === 2 && lastKey === JSON.stringify(key))) { target = depth; expect = true; }
    } else if (c === ']' || c === '}') {
      if (depth === target) target = -2;
      depth--;
    } else if (c === ',' && depth === target) expect = true;
  }
  return lines;
}

/** The parser's message and the 1-based line it points at. */
function jsonError(error: unknown, text: string): { message: string; line: number | null } {
  const message = error instanceof Error ? error.message : String(error);
  const stated = /\bline (\d+)/.exec(message);
  const position = /\bposition (\d+)/.exec(message);
  const line = stated ? +stated[1] : position ? text.slice(0, +position[1]).split('\n').length : null;
  return { message, line };
}

function readJson(text: string): SourceDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { message, line } = jsonError(error, text);
    return [fail('json-invalid', `The file is not valid JSON: ${message}.`, 'Fix the JSON at that place; if the file holds one record per line, name it .jsonl.', line)];
  }
  if (isObject(data) && !WRAPPERS.some((k) => Array.isArray(data[k]))) {
    return [readRecord(data, 'The record', null, text.slice(0, text.search(/\S/)).split('\n').length)];
  }
  const key = isObject(data) ? WRAPPERS.find((k) => Array.isArray(data[k]))! : null;
  const records = key === null ? data : (data as Json)[key];
  if (!Array.isArray(records)) return [readRecord(data, 'The file', null, 1)];
  if (records.length > MAX_RECORDS) return [fail('too-many-records', `The file holds ${records.length} records; at most ${MAX_RECORDS} are read from one file.`, 'Split it into several files.', null)];
  if (!records.length) return [fail('records-empty', `The file holds no records${key ? ` (its "${key}" array is empty)` : ''}.`, 'Remove the file, or crawl again.', 1)];
  const lines = elementLines(text, key);
  return records.map((rec, i) => readRecord(rec, `Record ${i + 1}`, `record ${i + 1}`, lines[i] ?? 1));
}

function readJsonLines(text: string): SourceDocument[] {
  const lines = text.split('\n');
  const count = lines.filter((l) => l.trim()).length;
  if (count > MAX_RECORDS) return [fail('too-many-records', `The file holds ${count} records; at most ${MAX_RECORDS} are read from one file.`, 'Split it into several files.', null)];
  if (!count) return [fail('records-empty', 'The file holds no records.', 'Remove the file, or crawl again.', 1)];
  const docs: SourceDocument[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const n = i + 1;
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (error) {
      const { message } = jsonError(error, raw);
      docs.push(fail('json-invalid', `Line ${n} is not valid JSON (${message}): ${quote(raw)}.`, 'Fix or remove the line: JSON Lines holds one complete JSON object per line.', n, `line ${n}`));
      return;
    }
    docs.push(readRecord(rec, `Line ${n}`, `line ${n}`, n));
  });
  return docs;
}

export function readRecords(text: string, format: 'json' | 'jsonl'): SourceDocument[] {
  const input = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '');
  try {
    if (!input.trim()) return [fail('records-empty', 'The file is empty.', 'Remove the file, or crawl again.', null)];
    return format === 'jsonl' ? readJsonLines(input) : readJson(input);
  } catch (error) {
    return [fail('records-unreadable', `The records could not be read: ${error instanceof Error ? error.message : String(error)}.`, 'Check that the file is JSON or JSON Lines.', null)];
  }
}
