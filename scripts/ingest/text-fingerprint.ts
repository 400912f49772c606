/**
 * Fingerprints of a story's text: an exact one (SHA-256 of the normalised words) and a SimHash
 * (64 bits over word 3-shingles) whose Hamming distance measures how much two texts differ.
 * The registry uses them to recognise an article that was moved, renamed or lightly edited;
 * the duplicate finder uses them to spot the same story saved twice with small differences.
 */
import { createHash } from 'node:crypto';
import { normaliseForComparison } from './text-lines.ts';

export function exactFingerprint(text: string): string {
  return createHash('sha256').update(normaliseForComparison(text), 'utf8').digest('hex');
}

/** FNV-1a, 64-bit: fast, stable across platforms, good enough spread for shingles. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}

/** 16 hex digits. Texts of fewer than three words hash their words instead of shingles. */
export function simhash(text: string): string {
  const words = normaliseForComparison(text).split(' ').filter(Boolean);
  const shingles = words.length < 3 ? words : words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
  const weights = new Int32Array(64);
  for (const shingle of shingles) {
    const h = fnv1a64(shingle);
    for (let bit = 0; bit < 64; bit++) weights[bit] += (h >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let result = 0n;
  for (let bit = 0; bit < 64; bit++) if (weights[bit] > 0) result |= 1n << BigInt(bit);
  return result.toString(16).padStart(16, '0');
}

/** Number of differing bits between two SimHashes (0 = same shingles, ~32 = unrelated). */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}
