/**
 * Finds the same story saved more than once: equal fingerprints of the normalised story text
 * mean the same words in the same order (whatever the headline, spacing or quotes). The first
 * file in corpus order keeps the page, later copies are reported.
 */
import type { FileOutcome } from './ingest-file.ts';

/** Maps the source file of each duplicate to the source file whose page it duplicates. */
export function markDuplicates(outcomes: readonly FileOutcome[]): Map<string, string> {
  const firstById = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const outcome of outcomes) {
    if (!outcome.article) continue;
    const first = firstById.get(outcome.article.textHash);
    if (first) duplicates.set(outcome.sourceFile, first);
    else firstById.set(outcome.article.textHash, outcome.sourceFile);
  }
  return duplicates;
}
