/**
 * The digest of what an article's page body and index entries are made from: its text blocks,
 * mentions, statements and event dates. It is taken once, when the file is read, and kept with
 * the cached outcome, so a rebuild does not turn every article's text into JSON again only to
 * find it unchanged (at 20,000 articles, two such passes cost about 3 s of every rebuild).
 *
 * A step after the read that changes any of these fields (recurring-lines.ts,
 * group-spelling-variants.ts) must call `contentChanged`, so the digest is taken again.
 */
import { createHash } from 'node:crypto';
import type { FileOutcome } from './ingest-file.ts';

type Content = Pick<NonNullable<FileOutcome['article']>, 'body' | 'mentions' | 'headMentions' | 'headTexts' | 'statements' | 'eventDates' | 'contentDigest'>;

export function contentDigest(article: Content): string {
  article.contentDigest ??= createHash('sha256')
    .update(JSON.stringify([article.body, article.mentions, article.headTexts, article.headMentions, article.statements, article.eventDates]))
    .digest('base64url');
  return article.contentDigest;
}

/** Forgets the digest of an article whose content a corpus-wide step changed. */
export function contentChanged(article: Content): void {
  delete article.contentDigest;
}
