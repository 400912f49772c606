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
/**
 * Pigeonhole, twice: cut the 64 bits into 8 blocks of 8; hashes within 6 bits differ in at
 * most 6 blocks, so they agree on at least 2. One table per pair of blocks (28 tables, 16-bit
 * keys) finds every such pair while comparing ~N²/4,700 pairs instead of all N²/2. (7 bands of
 * 9 bits, the first design, compared ~N²/146: 19 s of the ingest at 50,000 articles.)
 */
const BLOCKS = 8;
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

/** Only outcomes that agree on two blocks are compared; pairs are reported in corpus order. */
function markNearDuplicates(outcomes: readonly FileOutcome[]): void {
  const halves = outcomes.map((o) => simhashHalves(o.article!.simhash));
  const blocks = halves.map(([hi, lo]) => Array.from({ length: BLOCKS }, (_, b) => ((b < 4 ? hi : lo) >>> ((b % 4) * 8)) & 0xff));
  const near = new Map<number, number>(); // i * n + j (i < j) → distance
  const n = outcomes.length;
  for (let b1 = 0; b1 < BLOCKS; b1++) {
    for (let b2 = b1 + 1; b2 < BLOCKS; b2++) {
      const table = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        const key = (blocks[i][b1] << 8) | blocks[i][b2];
        const bucket = table.get(key);
        if (!bucket) { table.set(key, [i]); continue; }
        for (const j of bucket) {
          const pair = j * n + i;
          if (near.has(pair)) continue;
          const distance = halvesDistance(halves[j], halves[i]);
          if (distance <= NEAR_DISTANCE) near.set(pair, distance);
        }
        bucket.push(i);
      }
    }
  }
  for (const [pair, distance] of [...near].sort(([p], [q]) => p - q)) {
    const [a, b] = [outcomes[Math.floor(pair / n)], outcomes[pair % n]];
    for (const [self, other] of [[a, b], [b, a]]) {
      (self.article!.sameStory ??= []).push(other.sourceFile);
      self.diagnostics.push(diagnostic('near-duplicate-article', 'warning', `nearly the same story as ${JSON.stringify(other.sourceFile)} (SimHash distance ${distance} of 64); both have pages`, 'If one is a copy of the other, remove it from the corpus; if both are versions of one story, keep both.'));
    }
  }
}
