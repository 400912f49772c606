/**
 * Finds the same story saved more than once.
 * - Exact duplicates: equal fingerprints of the normalised story text (same words in the same
 *   order, whatever the headline, spacing or quotes). The first file in corpus order keeps the
 *   page; later copies are reported as duplicates.
 * - Near-duplicates: SimHashes at most NEAR_DISTANCE bits apart (a sentence changed, a line of
 *   furniture more). Both keep their pages, since either may hold words the other lacks, and
 *   both are reported with the other's path so an archivist can decide, and each records the
 *   other (`sameStory`), so a reader of one page finds the other report.
 */
import { diagnostic } from './diagnostics.ts';
import type { FileOutcome } from './ingest-file.ts';
import { halvesDistance, simhashHalves } from './text-fingerprint.ts';

/** Unrelated texts differ in ~32 bits (σ≈4); a changed sentence or two moves a few bits. */
const NEAR_DISTANCE = 6;
/** Pigeonhole: hashes within 6 bits agree exactly on at least one of 7 bands of 9 bits. */
const BANDS = 7;
const BAND_BITS = 9;
/** SimHash is noisy on short texts: fewer words than this are not compared. */
const MIN_WORDS = 50;

/** Maps the source file of each duplicate to the source file whose page it duplicates. */
export function markDuplicates(outcomes: readonly FileOutcome[]): Map<string, string> {
  const firstByHash = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const outcome of outcomes) {
    if (!outcome.article) continue;
    const first = firstByHash.get(outcome.article.textHash);
    if (first) duplicates.set(outcome.sourceFile, first);
    else firstByHash.set(outcome.article.textHash, outcome.sourceFile);
  }
  markNearDuplicates(outcomes.filter((o) => o.article && !duplicates.has(o.sourceFile) && o.article.draft.wordCount >= MIN_WORDS));
  return duplicates;
}

/** Only outcomes that share a band are compared, not every pair. */
function markNearDuplicates(outcomes: readonly FileOutcome[]): void {
  const halves = new Map(outcomes.map((o) => [o, simhashHalves(o.article!.simhash)]));
  const distanceOf = (a: FileOutcome, b: FileOutcome) => halvesDistance(halves.get(a)!, halves.get(b)!);
  const buckets = new Map<string, FileOutcome[]>();
  for (const o of outcomes) {
    const bits = BigInt(`0x${o.article!.simhash}`);
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${(bits >> BigInt(band * BAND_BITS)) & 0x1ffn}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(o);
      else buckets.set(key, [o]);
    }
  }
  const reported = new Set<string>();
  for (const group of buckets.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const pair = `${a.sourceFile}\n${b.sourceFile}`;
        if (reported.has(pair)) continue;
        const distance = distanceOf(a, b);
        if (distance > NEAR_DISTANCE) continue;
        reported.add(pair);
        for (const [self, other] of [[a, b], [b, a]]) {
          (self.article!.sameStory ??= []).push(other.sourceFile);
          self.diagnostics.push(diagnostic('near-duplicate-article', 'warning', `nearly the same story as ${JSON.stringify(other.sourceFile)} (SimHash distance ${distance} of 64); both have pages`, 'If one is a copy of the other, remove it from the corpus; if both are versions of one story, keep both.'));
        }
      }
    }
  }
}
