/**
 * Fingerprints of a story's text: an exact one (SHA-256 of the normalised words) and a SimHash
 * (64 bits over word 3-shingles) whose Hamming distance measures how much two texts differ.
 * The registry uses them to recognise an article that was moved, renamed or lightly edited;
 * the duplicate finder uses them to spot the same story saved twice with small differences.
 */
import { createHash } from 'node:crypto';
import { sha256 } from './article-id.ts';
import { normaliseForComparison } from './text-lines.ts';

export function exactFingerprint(text: string): string {
  return sha256Hex(normaliseForComparison(text));
}

const sha256Hex = (normalised: string) => createHash('sha256').update(normalised, 'utf8').digest('hex');

/**
 * A 32-bit hash of a shingle: FNV-1a, then murmur3's finaliser. The finaliser matters: plain
 * FNV leaves its low bits poorly mixed, which biases SimHash bits the same way in every text.
 */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 16 hex digits. Texts of fewer than three words hash their words instead of shingles. */
export function simhash(text: string): string {
  return simhashOfNormalised(normaliseForComparison(text));
}

function simhashOfNormalised(normalised: string): string {
  const words = normalised.split(' ').filter(Boolean);
  const shingles = words.length < 3 ? words : words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
  // Bits 0–31 from one hash of the shingle, 32–63 from a second with another seed.
  const weights = new Int32Array(64);
  for (const shingle of shingles) {
    const low = hash32(shingle, 0);
    const high = hash32(shingle, 0x9e3779b9);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += ((low >>> bit) & 1) * 2 - 1;
      weights[bit + 32] += ((high >>> bit) & 1) * 2 - 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) hi |= 1 << bit;
    if (weights[bit + 32] > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A SimHash as two 32-bit numbers, for fast comparisons (parse once when comparing many). */
export function simhashHalves(hash: string): [number, number] {
  return [parseInt(hash.slice(0, 8), 16), parseInt(hash.slice(8), 16)];
}

export function halvesDistance(x: readonly [number, number], y: readonly [number, number]): number {
  return popcount32((x[0] ^ y[0]) >>> 0) + popcount32((x[1] ^ y[1]) >>> 0);
}

/** Number of differing bits between two SimHashes (0 = same shingles, ~32 = unrelated). */
export function hammingDistance(a: string, b: string): number {
  return halvesDistance(simhashHalves(a), simhashHalves(b));
}

/** Everything derived from an article's kept text: fingerprints, word count, content hash. */
export function fingerprintBody(title: string, body: readonly { text: string }[]) {
  const bodyText = body.map((b) => b.text).join('\n\n');
  const normalised = normaliseForComparison(bodyText);
  return {
    textHash: sha256Hex(normalised),
    simhash: simhashOfNormalised(normalised),
    wordCount: bodyText.split(/\s+/).filter(Boolean).length,
    contentHash: sha256(`${title}\n\n${bodyText}`),
  };
}
