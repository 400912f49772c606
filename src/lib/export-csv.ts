/**
 * CSV exports for spreadsheets and R/pandas: one row per article, per entity, and per
 * mention (article × entity), with list fields joined by " | " (a separator that is rare in
 * names, unlike commas and semicolons).
 */
import type { Article } from '../schemas/article.ts';
import type { EntityEntry } from './entity-index.ts';
import type { MentionedDate } from './dates-mentioned.ts';
import type { EntityMentions } from './entity-mentions.ts';
import { entityUrl, type EntityKind } from './urls.ts';

const LIST = ' | ';

/**
 * A field to quote (RFC 4180): one holding the delimiter, a quote or a line break of any kind. A
 * lone "\n" or "\r" unquoted would end the record for any reader (csv-stringify, given a record
 * delimiter, quotes only that delimiter: its exports split such a field across two rows).
 */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field as csv-stringify writes it with its defaults: nothing for null and undefined, "1" or
 * nothing for booleans, numbers as String() does, dates as their time, other objects as JSON;
 * quoted (quotes doubled) as NEEDS_QUOTES says.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value
    : typeof value === 'number' || typeof value === 'bigint' ? String(value)
    : typeof value === 'boolean' ? (value ? '1' : '')
    : value instanceof Date ? String(value.getTime())
    : JSON.stringify(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as csv-stringify's `stringify([columns, ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })`
 * writes them, byte for byte (tests/unit/exports.test.ts compares the two), written here: the
 * library's per-field option handling took most of the exports' time (≈ 4.7 s of a rebuild at
 * 20,000 articles, the exports are written on every render).
 */
export function csv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines: string[] = [columns.map(csvField).join(',')];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : ',') + csvField(row[i]);
    lines.push(line);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function articlesCsv(articles: readonly Article[]): string {
  return csv(
    ['id', 'url', 'title', 'subtitle', 'published', 'published_certainty', 'updated', 'source', 'authors', 'dateline', 'actors', 'places', 'word_count', 'original_url', 'source_file', 'first_archived', 'last_changed', 'content_hash'],
    articles.map((a) => [
      a.id, a.url, a.title, a.subtitle, a.published.date, a.published.certainty, a.updated, a.source?.name, a.authors.join(LIST), a.dateline,
      a.actors.map((e) => e.name).join(LIST), a.places.map((e) => e.name).join(LIST), a.wordCount, a.originalUrl, a.sourceFile,
      a.firstArchived, a.lastChanged, a.contentHash,
    ]),
  );
}

export function entitiesCsv(entries: readonly EntityEntry[], kind: EntityKind): string {
  return csv(
    ['id', 'name', 'type', 'aliases', 'url', 'wikidata', 'origin', 'article_count', 'mention_count'],
    entries.map((e) => [e.entity.id, e.entity.name, e.entity.type, e.entity.aliases.join(LIST), entityUrl(kind, e.entity.id), e.entity.wikidata, e.entity.origin, e.articles.length, e.mentions]),
  );
}

export function mentionsCsv(articles: readonly Article[]): string {
  return csv(
    ['article_id', 'published', 'source', 'kind', 'entity_id', 'entity_name', 'mentions'],
    articles.flatMap((a) => [
      ...a.actors.map((e) => [a.id, a.published.date, a.source?.name, 'actor', e.id, e.name, e.mentions]),
      ...a.places.map((e) => [a.id, a.published.date, a.source?.name, 'place', e.id, e.name, e.mentions]),
    ]),
  );
}

/** Who is reported as saying what: one row per statement, with the paragraph it is in. */
export function statementsCsv(speakers: readonly { kind: EntityKind; id: string; name: string; statements: EntityMentions['statements'] }[], byId: ReadonlyMap<string, Article>): string {
  return csv(
    ['speaker_kind', 'speaker_id', 'speaker_name', 'article_id', 'published', 'source', 'paragraph', 'paragraph_url', 'cue', 'quote', 'sentence'],
    speakers.flatMap((sp) =>
      sp.statements.flatMap((s) => {
        const a = byId.get(s.article);
        return a ? [[sp.kind, sp.id, sp.name, a.id, a.published.date, a.source?.name, s.n, s.anchor ? `${a.url}#${s.anchor}` : a.url, s.cue, s.quote, s.sentence]] : [];
      }),
    ),
  );
}

/** Dates the stories mention: one row per mention, with its sentence and paragraph. */
export function datesMentionedCsv(dates: readonly MentionedDate[], byId: ReadonlyMap<string, Article>): string {
  return csv(
    ['date', 'certainty', 'text', 'article_id', 'published', 'source', 'paragraph', 'paragraph_url', 'sentence'],
    dates.flatMap((d) => {
      const a = byId.get(d.article);
      return a ? [[d.date, d.certainty, d.text, a.id, a.published.date, a.source?.name, d.n, d.anchor ? `${a.url}#${d.anchor}` : a.url, d.sentence]] : [];
    }),
  );
}
