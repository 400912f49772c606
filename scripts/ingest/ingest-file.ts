/**
 * One source file → one article (metadata, clean body, entities found) or a rejection with
 * the reasons. Pure apart from reading the file; never throws for anything in the file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Article } from '../../src/schemas/article.ts';
import type { BodyBlock } from './article-to-mdx.ts';
import { sha256 } from './article-id.ts';
import { decodeText, type SourceEncoding } from './decode-text.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { findEntities, type EntityIndex, type FoundEntity } from './find-entities.ts';
import { findOutlet, type OutletList } from './find-outlet.ts';
import { findPublicationDate } from './find-publication-date.ts';
import { checkFileSize, limitParagraphs, limitText } from './limits.ts';
import type { SourceFile } from './find-sources.ts';
import { readArticle, type RemovedLine } from './read-article.ts';
import { exactFingerprint, simhash } from './text-fingerprint.ts';

/** An article before the URL registry gives it its id and URL. */
export type ArticleDraft = Omit<Article, 'id' | 'url' | 'firstArchived' | 'lastChanged' | 'previousUrls'>;

export interface IngestContext {
  entityIndex: EntityIndex;
  outlets: OutletList;
}

export interface FileOutcome {
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
    entities: FoundEntity[];
    textHash: string;
    simhash: string;
  };
}

export async function ingestFile(source: SourceFile, context: IngestContext): Promise<FileOutcome> {
  const outcome: FileOutcome = { sourceFile: source.relativePath, encoding: null, diagnostics: [], removed: [] };
  if (!source.supported) {
    outcome.diagnostics.push(diagnostic('unsupported-format', 'error', `expected a text article (.txt, .md), found ${JSON.stringify(source.relativePath)}`, 'Convert the file to plain text or Markdown, or move it out of the corpus folder.'));
    return outcome;
  }
  let bytes: Uint8Array;
  try {
    const tooLarge = checkFileSize((await stat(source.absolutePath)).size);
    if (tooLarge) {
      outcome.diagnostics.push(tooLarge);
      return outcome;
    }
    bytes = await readFile(source.absolutePath);
  } catch (error) {
    outcome.diagnostics.push(diagnostic('unreadable-file', 'error', `could not read the file: ${(error as Error).message}`, 'Check the file permissions and that it is not a broken link.'));
    return outcome;
  }
  const decoded = decodeText(bytes);
  outcome.encoding = decoded.encoding;
  outcome.diagnostics.push(...decoded.diagnostics);
  if (decoded.diagnostics.some((d) => d.severity === 'error')) return outcome;

  const limited = limitText(decoded.text);
  outcome.diagnostics.push(...limited.diagnostics);
  const parts = readArticle(limited.text);
  outcome.removed = parts.removed;
  outcome.diagnostics.push(...parts.diagnostics);
  const kept = limitParagraphs(parts.body);
  parts.body = kept.body;
  outcome.diagnostics.push(...kept.diagnostics);
  if (parts.title === null || parts.body.length === 0) return outcome;

  const dates = findPublicationDate(parts.dateLines);
  outcome.diagnostics.push(...dates.diagnostics);
  const bodyText = parts.body.map((b) => b.text).join('\n\n');
  const entities = findEntities([parts.title, ...(parts.subtitle ? [parts.subtitle] : []), ...parts.body.map((b) => b.text)], context.entityIndex);
  const ref = (e: FoundEntity) => ({ id: e.id, name: e.name, mentions: e.mentions });

  const draft: ArticleDraft = {
    sourceFile: source.relativePath,
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
    captions: [...new Set(parts.captions)],
    photoCredits: [...new Set(parts.photoCredits)],
    related: parts.related,
    wordCount: bodyText.split(/\s+/).filter(Boolean).length,
    contentHash: sha256(`${parts.title}\n\n${bodyText}`),
    originalUrl: null,
  };
  outcome.article = { draft, body: parts.body, entities, textHash: exactFingerprint(bodyText), simhash: simhash(bodyText) };
  return outcome;
}
