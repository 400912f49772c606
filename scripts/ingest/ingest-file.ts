/**
 * One source file → its articles (metadata, clean body, entities found) or rejections with
 * the reasons. A crawler file of records gives one outcome per record. Never throws for
 * anything in the file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Article } from '../../src/schemas/article.ts';
import type { BodyBlock } from './article-to-mdx.ts';
import { applyMetadata } from './apply-metadata.ts';
import { contentDigest } from './content-digest.ts';
import { decodeText, type SourceEncoding } from './decode-text.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { findEntities, type EntityIndex, type FoundEntity, type HeldBackEntity, type HoldReason } from './find-entities.ts';
import { sentenceAt } from './sentences.ts';
import { findEventDates, type EventDate } from './find-event-dates.ts';
import { findStatements, type MentionAt, type Statement } from './find-statements.ts';
import { findOutlet, type OutletList } from './find-outlet.ts';
import { findPublicationDate } from './find-publication-date.ts';
import type { SourceFile } from './find-sources.ts';
import { checkFileSize, limitParagraphs, limitText } from './limits.ts';
import type { ArticleMetadata } from './load-metadata.ts';
import { inferPublicationDate } from './infer-relative-date.ts';
import { readArticle, type RemovedLine } from './read-article.ts';
import { mergeMetadata } from './read-sidecar.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readRecords } from './read-records.ts';
import type { SourceDocument } from './source-document.ts';
import { fingerprintBody } from './text-fingerprint.ts';

/** An article before the URL registry gives it its id and URL. */
export type ArticleDraft = Omit<Article, 'id' | 'url' | 'firstArchived' | 'lastChanged' | 'previousUrls'>;

export interface IngestContext {
  entityIndex: EntityIndex;
  outlets: OutletList;
}

export interface FileOutcome {
  /** The file's path in the corpus; for a record of a crawler file, `path#record-3`. */
  sourceFile: string;
  encoding: SourceEncoding | null;
  diagnostics: Diagnostic[];
  removed: RemovedLine[];
  /** Set when the file became an article. */
  article?: {
    draft: ArticleDraft;
    /** Set once the registry has assigned id and URL. */
    data?: Article;
    body: BodyBlock[];
    /** The entities found, without their spans: the mentions below are those spans, by body block (a third of the objects a cached outcome would hold). */
    entities: ArticleEntity[];
    /** Discovered names held back from pages on weak evidence (`holdBackReason`), for the review list. */
    heldBack: HeldBackName[];
    /** Mentions in the body, by body block (title and subtitle mentions count but are not here). */
    mentions: MentionAt[];
    /** Mentions in the headline (block 0) and the standfirst (block 1) as the text gave them (metadata may replace both). */
    headMentions: MentionAt[];
    headTexts: string[];
    statements: Statement[];
    eventDates: EventDate[];
    textHash: string;
    simhash: string;
    /** Source files of near-duplicates (set by mark-duplicates.ts): other reports of the same story. */
    sameStory?: string[];
    /** Digest of body, mentions, statements and event dates, taken when read (content-digest.ts). */
    contentDigest?: string;
  };
}

/** An entity as an article keeps it, once its spans have become mentions. */
export type ArticleEntity = Omit<FoundEntity, 'spans'>;

/** A discovered name held back from a page of its own, with its first sentence in the article. */
export interface HeldBackName {
  id: string;
  name: string;
  kind: FoundEntity['kind'];
  type: string;
  reason: HoldReason;
  mentions: number;
  sentence: string;
}

const NO_METADATA: ArticleMetadata = { overrides: [], diagnostics: [] };

/** Reads the bytes and splits the file into documents (one, or one per record). */
async function readDocuments(source: SourceFile, outcome: FileOutcome): Promise<SourceDocument[]> {
  if (!source.supported || !source.format) {
    outcome.diagnostics.push(diagnostic('unsupported-format', 'error', `expected an article file (.txt, .md, .html, .json, .jsonl), found ${JSON.stringify(source.relativePath)}`, 'Convert the file to one of those formats, or move it out of the corpus folder.'));
    return [];
  }
  try {
    const tooLarge = checkFileSize((await stat(source.absolutePath)).size);
    if (tooLarge) {
      outcome.diagnostics.push(tooLarge);
      return [];
    }
    const decoded = decodeText(await readFile(source.absolutePath));
    outcome.encoding = decoded.encoding;
    outcome.diagnostics.push(...decoded.diagnostics);
    if (decoded.diagnostics.some((d) => d.severity === 'error')) return [];
    switch (source.format) {
      case 'text': return [{ text: decoded.text, metadata: {}, part: null, diagnostics: [] }];
      case 'markdown': return [readMarkdown(decoded.text, source.relativePath)];
      case 'html': return [readHtml(decoded.text)];
      case 'json':
      case 'jsonl': return readRecords(decoded.text, source.format);
    }
  } catch (error) {
    outcome.diagnostics.push(diagnostic('unreadable-file', 'error', `could not read the file: ${(error as Error).message}`, 'Check the file permissions and that it is not a broken link.'));
    return [];
  }
}

export async function ingestFile(source: SourceFile, context: IngestContext, metadata: ArticleMetadata = NO_METADATA): Promise<FileOutcome[]> {
  const file: FileOutcome = { sourceFile: source.relativePath, encoding: null, diagnostics: [], removed: [] };
  const documents = await readDocuments(source, file);
  if (documents.length === 0) return [file];
  const many = documents.length > 1 || documents[0].part !== null;
  return documents.map((doc) => {
    const outcome: FileOutcome = {
      sourceFile: many && doc.part ? `${source.relativePath}#${doc.part.replace(/\s+/g, '-')}` : source.relativePath,
      encoding: file.encoding,
      diagnostics: [...file.diagnostics, ...doc.diagnostics, ...metadata.diagnostics],
      removed: [],
    };
    if (!doc.diagnostics.some((d) => d.severity === 'error')) readDocument(doc, outcome, context, metadata);
    return outcome;
  });
}

/** The text reader and extractors on one document, with metadata applied over what they found. */
function readDocument(doc: SourceDocument, outcome: FileOutcome, context: IngestContext, metadata: ArticleMetadata): void {
  const limited = limitText(doc.text);
  outcome.diagnostics.push(...limited.diagnostics);
  const parts = readArticle(limited.text);
  outcome.removed = parts.removed;
  outcome.diagnostics.push(...parts.diagnostics);
  const kept = limitParagraphs(parts.body);
  parts.body = kept.body;
  outcome.diagnostics.push(...kept.diagnostics);
  if (parts.title === null || parts.body.length === 0) return;

  const dates = findPublicationDate(parts.dateLines);
  const head = parts.subtitle ? 2 : 1;
  const blockTexts = [parts.title, ...(parts.subtitle ? [parts.subtitle] : []), ...parts.body.map((b) => b.text)];
  const held: HeldBackEntity[] = [];
  const entities = findEntities(blockTexts, context.entityIndex, held);
  const heldBack = held.map((e): HeldBackName => {
    const [first] = e.spans;
    const sentence = sentenceAt(blockTexts[first.block], first.start);
    return { id: e.id, name: e.name, kind: e.kind, type: e.type, reason: e.reason, mentions: e.mentions, sentence: blockTexts[first.block].slice(sentence.start, sentence.end) };
  });
  const mentions = entities
    .flatMap((e) => e.spans.filter((s) => s.block >= head).map((s) => ({ key: `${e.kind}:${e.id}`, block: s.block - head, start: s.start, end: s.end })))
    .sort((a, b) => a.block - b.block || a.start - b.start);
  const headMentions = entities.flatMap((e) => e.spans.filter((s) => s.block < head).map((s) => ({ key: `${e.kind}:${e.id}`, block: s.block, start: s.start, end: s.end })));
  const ref = (e: FoundEntity) => ({ id: e.id, name: e.name, mentions: e.mentions });
  const fromText: ArticleDraft = {
    sourceFile: outcome.sourceFile,
    title: parts.title,
    subtitle: parts.subtitle,
    kicker: parts.kicker,
    section: parts.section,
    published: dates.published
      ? { date: dates.published.date, certainty: 'stated', text: dates.publishedText }
      : { date: null, certainty: 'unknown', text: null },
    updated: dates.updated?.date ?? null,
    source: findOutlet(parts.outletClues, context.outlets),
    authors: [...new Set(parts.authors)],
    credits: parts.credits,
    dateline: parts.dateline,
    actors: entities.filter((e) => e.kind === 'actor').map(ref),
    places: entities.filter((e) => e.kind === 'place').map(ref),
    datesMentioned: [],
    captions: [...new Set(parts.captions)],
    photoCredits: [...new Set(parts.photoCredits)],
    related: parts.related,
    wordCount: 0, // set with the fingerprints below
    contentHash: '',
    originalUrl: null,
  };
  const layers = [doc.metadata, ...metadata.overrides];
  const draft = applyMetadata(fromText, layers, context.outlets);
  if (!draft.published.date) {
    // Only now may a relative date ("3 hours ago") count, and only against a known day.
    const inferred = inferPublicationDate(parts.dateLines, mergeMetadata({}, ...layers).retrieved?.date ?? null);
    outcome.diagnostics.push(...inferred.diagnostics);
    if (inferred.date) draft.published = { date: inferred.date, certainty: 'inferred', text: inferred.text };
  }
  // A date the metadata supplies replaces the text's; say so only when the text had none.
  if (!draft.published.date || draft.published.date === fromText.published.date) outcome.diagnostics.push(...dates.diagnostics);
  // Who can be quoted: actors, and states named by the country ("Azerbaijan said"); not a city or a region.
  const speakers = new Set(entities.filter((e) => e.kind === 'actor' || e.type === 'country' || e.type === 'state').map((e) => `${e.kind}:${e.id}`));
  // Event dates, read against the final publication date (metadata may have supplied it).
  const blocks = parts.body.map((b) => b.text);
  const published = draft.published.date;
  const events = findEventDates(blocks, published ? { date: published, precision: published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year' } : null);
  if (events.unresolved.length) outcome.diagnostics.push(diagnostic('event-date-unresolved', 'info', `${events.unresolved.length} date ${events.unresolved.length === 1 ? 'phrase needs' : 'phrases need'} the publication day to mean a date (${events.unresolved.slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}); left out of the dates mentioned`, 'Give the publication date in a sidecar (x.txt.meta.json: {"date": "2020-10-02"}) to place them.'));
  const seenDates = new Set<string>();
  draft.datesMentioned = events.dates
    .filter((d) => !seenDates.has(d.date) && seenDates.add(d.date))
    .map((d) => ({ date: d.date, certainty: d.certainty, text: d.text }));
  const fingerprints = fingerprintBody(draft.title, parts.body);
  draft.wordCount = fingerprints.wordCount;
  draft.contentHash = fingerprints.contentHash;
  outcome.article = { draft, body: parts.body, entities: entities.map(({ spans: _, ...entity }) => entity), heldBack, mentions, headMentions, headTexts: [parts.title, parts.subtitle ?? ''], statements: findStatements(blocks, mentions.filter((m) => speakers.has(m.key))), eventDates: events.dates, textHash: fingerprints.textHash, simhash: fingerprints.simhash };
  // Taken here, in the worker that read the file, not by every rebuild in the main thread.
  contentDigest(outcome.article);
}
