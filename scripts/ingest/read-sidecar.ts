/**
 * Metadata supplied beside the corpus, which overrides what the text states: a sidecar
 * `NAME.meta.json` next to one article, or a corpus-level `manifest.csv` / `manifest.jsonl` with
 * one row per file. Used for corrections and for the original URL kept for citation. Pure: the
 * caller reads the files; problems come back as diagnostics.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import { collapse, readMetaDate, readMetaUrl, splitAuthors, type SourceMetadata } from './source-document.ts';

export const SIDECAR_KEYS = ['url', 'date', 'published', 'updated', 'retrieved', 'source', 'authors', 'title', 'subtitle', 'language', 'section'] as const;
const METADATA_KEYS = ['title', 'subtitle', 'authors', 'source', 'url', 'published', 'updated', 'retrieved', 'language', 'section'] as const;
const FILE_KEYS = ['file', 'path'];
const KNOWN_LIST = SIDECAR_KEYS.map((k) => `"${k}"`).join(', ');

const text = z.string().transform(collapse).pipe(z.string().min(1, 'must not be empty'));
const fieldSchemas = {
  url: text, date: text, published: text, updated: text, retrieved: text, source: text, title: text, subtitle: text, language: text, section: text,
  authors: z.union([z.array(text).min(1, 'must not be empty'), text]),
} satisfies Record<(typeof SIDECAR_KEYS)[number], z.ZodType>;
type Key = keyof typeof fieldSchemas;

const isKey = (key: string): key is Key => Object.hasOwn(fieldSchemas, key);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const DATE_HINT = 'Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known).';
const URL_HINT = 'Write the full original address, e.g. "https://www.example.com/news/article-title".';

/**
 * Reads the known fields of one sidecar object or manifest row. `where` names it in messages,
 * `lineOf` places a key; unknown keys are returned for the caller to report once.
 */
function readFields(raw: Record<string, unknown>, where: string, lineOf: (key: string) => number | null, authorSeparator?: RegExp): { metadata: SourceMetadata; diagnostics: Diagnostic[]; unknown: string[] } {
  const metadata: SourceMetadata = {};
  const diagnostics: Diagnostic[] = [];
  const unknown = Object.keys(raw).filter((key) => !isKey(key));
  for (const key of SIDECAR_KEYS.filter((k) => Object.hasOwn(raw, k))) { // "date" before "published"
    const value = raw[key];
    if (value === null || value === '' || value === undefined) continue; // an empty cell states nothing
    const line = lineOf(key);
    const parsed = fieldSchemas[key].safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? 'invalid';
      diagnostics.push(diagnostic('sidecar-invalid-value', 'warning', `${where}: "${key}" ${quote(JSON.stringify(value) ?? String(value))} is not usable (${why}); it is ignored.`, key === 'authors' ? 'Give the authors as a list of names, or as text with names separated by ";".' : `Give "${key}" as text.`, line));
      continue;
    }
    const v = parsed.data;
    if (key === 'date' || key === 'published' || key === 'updated' || key === 'retrieved') {
      const field = key === 'updated' || key === 'retrieved' ? key : 'published';
      if (key === 'published' && metadata.published) {
        diagnostics.push(diagnostic('sidecar-duplicate-key', 'warning', `${where}: both "date" and "published" are given; "published" is ignored.`, 'Keep only "date".', line));
        continue;
      }
      const r = readMetaDate(v, `${where}: "${key}"`, DATE_HINT, line);
      diagnostics.push(...r.diagnostics);
      if (r.value) metadata[field] = r.value;
    } else if (key === 'url') {
      const r = readMetaUrl(v, `${where}: "url"`, URL_HINT, undefined, line);
      diagnostics.push(...r.diagnostics);
      if (r.value) metadata.url = r.value;
    } else if (key === 'authors') {
      const authors = Array.isArray(v) ? v.flatMap((a) => splitAuthors(a, /\s*;\s*/)) : splitAuthors(v, authorSeparator);
      if (authors.length) metadata.authors = authors;
    } else {
      metadata[key] = v as string;
    }
  }
  return { metadata, diagnostics, unknown };
}

const unknownKey = (where: string, key: string, line: number | null, rule = 'sidecar-unknown-key', known = KNOWN_LIST): Diagnostic =>
  diagnostic(rule, 'warning', `${where}: unknown key ${quote(key)} is ignored; known keys are ${known}.`, 'Rename it to one of the known keys (spelling and case matter), or remove it.', line);

/** 1-based line of the first `"key"` in a JSON text. */
function jsonKeyLine(json: string, key: string): number | null {
  const at = json.indexOf(`${JSON.stringify(key)}`);
  return at < 0 ? null : json.slice(0, at).split('\n').length;
}

/** Reads a sidecar `NAME.meta.json`. */
export function parseSidecar(json: string, fileName: string): { metadata: SourceMetadata; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(String(json ?? '').replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /\bline (\d+)/.exec(message)?.[1];
    return { metadata: {}, diagnostics: [diagnostic('sidecar-invalid', 'error', `${fileName} is not valid JSON (${message}); none of its metadata is used.`, 'Fix the JSON, e.g. {"url": "https://…", "date": "2020-10-08"}.', line ? +line : null)] };
  }
  if (!isObject(data)) {
    return { metadata: {}, diagnostics: [diagnostic('sidecar-invalid', 'error', `${fileName} must hold one JSON object, found ${Array.isArray(data) ? 'an array' : quote(JSON.stringify(data) ?? '')}.`, 'Write the metadata as an object, e.g. {"url": "https://…", "date": "2020-10-08"}.')] };
  }
  const r = readFields(data, fileName, (key) => jsonKeyLine(json, key));
  return { metadata: r.metadata, diagnostics: [...r.diagnostics, ...r.unknown.map((key) => unknownKey(fileName, key, jsonKeyLine(json, key)))] };
}

/** Candidate sidecar paths for a source file, most specific first: `a/article.txt.meta.json`, `a/article.meta.json`. */
export function sidecarNamesFor(sourcePath: string): string[] {
  const slash = Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('\\'));
  const dir = sourcePath.slice(0, slash + 1);
  const name = sourcePath.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [`${dir}${name}.meta.json`, `${dir}${name.slice(0, dot)}.meta.json`] : [`${dir}${name}.meta.json`];
}

/** Manifest rows as objects with the 1-based line each starts on; CSV cells are text, `authors` split on ";". */
function manifestRows(text: string, format: 'csv' | 'jsonl', fileName: string, diagnostics: Diagnostic[]): { row: Record<string, unknown>; line: number }[] {
  const rows: { row: Record<string, unknown>; line: number }[] = [];
  if (format === 'jsonl') {
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      let row: unknown;
      try { row = JSON.parse(raw); } catch (error) {
        diagnostics.push(diagnostic('manifest-invalid', 'error', `${fileName} line ${i + 1} is not valid JSON (${(error as Error).message}): ${quote(raw)}.`, 'Fix or remove the line: each line holds one JSON object such as {"file": "a/article.txt", "url": "https://…"}.', i + 1));
        return;
      }
      if (isObject(row)) rows.push({ row, line: i + 1 });
      else diagnostics.push(diagnostic('manifest-invalid', 'error', `${fileName} line ${i + 1} is not a JSON object: ${quote(raw)}.`, 'Write each row as an object such as {"file": "a/article.txt", "url": "https://…"}.', i + 1));
    });
    return rows;
  }
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parseCsv(text, { info: true, skip_empty_lines: true, relax_column_count: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    diagnostics.push(diagnostic('manifest-invalid', 'error', `${fileName} is not valid CSV (${(error as Error).message}); none of its rows are used.`, 'Fix the CSV at that line: a value with a comma, quote or line break must be in double quotes, with inner quotes doubled ("").', line));
    return rows;
  }
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  if (!FILE_KEYS.some((k) => header.includes(k))) {
    diagnostics.push(diagnostic('manifest-no-file-column', 'error', `${fileName} has no "file" (or "path") column; its header is ${quote(header.join(','))}.`, 'Start the file with a header row such as: file,url,date,source,authors', 1));
    return rows;
  }
  for (const { info, record } of records.slice(1)) {
    const row: Record<string, unknown> = {};
    header.forEach((column, i) => { if (column && record[i] !== undefined) row[column] = record[i]; });
    rows.push({ row, line: info.lines - record.join('').split('\n').length + 1 });
  }
  return rows;
}

/** Reads a corpus-level manifest; entries are keyed by the file's corpus-relative path with forward slashes. */
export function parseManifest(text: string, format: 'csv' | 'jsonl', fileName: string): { entries: Map<string, SourceMetadata>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, SourceMetadata>();
  const diagnostics: Diagnostic[] = [];
  const firstLine = new Map<string, number>();
  const reported = new Set<string>();
  const rows = manifestRows(String(text ?? '').replace(/^\uFEFF/, ''), format, fileName, diagnostics);
  rows.forEach(({ row, line }, i) => {
    const where = format === 'csv' ? `${fileName} row ${i + 1} (line ${line})` : `${fileName} line ${line}`;
    const fileKey = FILE_KEYS.find((k) => typeof row[k] === 'string' && (row[k] as string).trim());
    const fields = Object.fromEntries(Object.entries(row).filter(([k]) => !FILE_KEYS.includes(k)));
    const r = readFields(fields, where, () => line, format === 'csv' ? /\s*;\s*/ : undefined);
    diagnostics.push(...r.diagnostics);
    for (const key of r.unknown.filter((k) => !reported.has(k))) { // once per column or key, where first seen
      reported.add(key);
      diagnostics.push(format === 'csv' ? unknownKey(`${fileName} header`, key, 1, 'manifest-unknown-column', `"file", ${KNOWN_LIST}`) : unknownKey(where, key, line, 'manifest-unknown-key', `"file", ${KNOWN_LIST}`));
    }
    if (!fileKey) {
      diagnostics.push(diagnostic('manifest-row-without-file', 'warning', `${where} names no file; it is ignored.`, 'Give the source file\'s path relative to the corpus folder in a "file" column, e.g. "2020/article.txt".', line));
      return;
    }
    const file = (row[fileKey] as string).trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    if (firstLine.has(file)) {
      diagnostics.push(diagnostic('manifest-duplicate-file', 'warning', `${where}: ${quote(file)} is listed again (first on line ${firstLine.get(file)}); the later row is used.`, 'Keep one row per file.', line));
    } else firstLine.set(file, line);
    entries.set(file, r.metadata);
  });
  return { entries, diagnostics };
}

/** Later arguments win field by field (e.g. text, then manifest, then sidecar); fields they leave unset are kept. */
export function mergeMetadata(fromText: SourceMetadata, ...overrides: SourceMetadata[]): SourceMetadata {
  const out: Record<string, unknown> = {};
  for (const source of [fromText, ...overrides]) {
    for (const key of METADATA_KEYS) {
      const value = source?.[key];
      if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : typeof value === 'object' ? { ...value } : value;
    }
  }
  return out as SourceMetadata;
}
