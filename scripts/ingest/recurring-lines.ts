/**
 * Web furniture that no rule names, found by statistics over the whole corpus: a short line
 * that is not a sentence ("Route 6", "Anadolu Agency WORLD", a section label) and recurs in
 * many articles is part of the page template, not of any story. Sentences are never removed
 * this way: a background paragraph that several articles share verbatim ("Relations between
 * the two former Soviet republics have been tense since 1991…") is part of each story.
 */
import { contentChanged } from './content-digest.ts';
import { diagnostic } from './diagnostics.ts';
import type { FileOutcome } from './ingest-file.ts';
import { hasAtMostWords, isSentence } from './line-rules.ts';
import { fingerprintBody } from './text-fingerprint.ts';
import { normaliseForComparison } from './text-lines.ts';

/** A line must recur in at least this many articles… */
const MIN_ARTICLES = 3;
/** …and in at least this share of the corpus, to count as template. */
const MIN_SHARE = 0.05;
const MAX_WORDS = 8;

const isCandidate = (text: string) => hasAtMostWords(text, MAX_WORDS) && !isSentence(text);

export function removeRecurringLines(outcomes: readonly FileOutcome[]): void {
  const articles = outcomes.filter((o) => o.article);
  const seenIn = new Map<string, number>();
  for (const o of articles) {
    const lines = new Set(o.article!.body.filter((b) => isCandidate(b.text)).map((b) => normaliseForComparison(b.text)));
    for (const line of lines) seenIn.set(line, (seenIn.get(line) ?? 0) + 1);
  }
  const threshold = Math.max(MIN_ARTICLES, Math.ceil(articles.length * MIN_SHARE));
  const template = new Set([...seenIn].filter(([, n]) => n >= threshold).map(([line]) => line));
  if (template.size === 0) return;
  for (const o of articles) {
    const a = o.article!;
    const kept = a.body.filter((b) => !(isCandidate(b.text) && template.has(normaliseForComparison(b.text))));
    if (kept.length === a.body.length || kept.length === 0) continue;
    for (const b of a.body.filter((x) => !kept.includes(x))) {
      o.removed.push({ line: 0, ruleId: 'recurring-line', text: b.text });
      o.diagnostics.push(diagnostic('recurring-line', 'info', `removed the short line ${JSON.stringify(b.text)}: it recurs in ${seenIn.get(normaliseForComparison(b.text))} articles of the corpus, like page furniture`, 'If this line belongs to the stories, report it; shared sentences are never removed this way.'));
    }
    // Mentions, statements and event dates point at body blocks by index: move them along.
    const newIndex = new Map(a.body.map((b, i) => [i, kept.indexOf(b)]));
    const move = <T extends { block: number }>(items: T[]) =>
      items.filter((x) => (newIndex.get(x.block) ?? -1) >= 0).map((x) => ({ ...x, block: newIndex.get(x.block)! }));
    [a.mentions, a.statements, a.eventDates] = [move(a.mentions), move(a.statements), move(a.eventDates)];
    a.body = kept;
    contentChanged(a);
    const fingerprints = fingerprintBody(a.draft.title, kept);
    [a.textHash, a.simhash, a.draft.wordCount, a.draft.contentHash] = [fingerprints.textHash, fingerprints.simhash, fingerprints.wordCount, fingerprints.contentHash];
  }
}
