/**
 * Finds the same story saved more than once. Article ids are digests of the normalised story
 * text, so equal ids mean the same words in the same order (whatever the headline, spacing or
 * quotes); the first file in corpus order keeps the page, later copies are reported.
 */
import type { FileOutcome } from './ingest-file.ts';

/** Maps the source file of each duplicate to the source file whose page it duplicates. */
export function markDuplicates(outcomes: readonly FileOutcome[]): Map<string, string> {
  const firstById = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const outcome of outcomes) {
    if (!outcome.article) continue;
    const first = firstById.get(outcome.article.data.id);
    if (first) duplicates.set(outcome.sourceFile, first);
    else firstById.set(outcome.article.data.id, outcome.sourceFile);
  }
  return duplicates;
}
