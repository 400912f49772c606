/**
 * Stable paragraph anchors: `p-` and six characters of a digest of the paragraph's own text.
 * An anchor does not move when rules remove or keep other lines, so a pin-cite to paragraph
 * `#p-k3x9q2` keeps pointing at the same words. A paragraph repeated in one article gets `-2`.
 */
import { createHash } from 'node:crypto';
import { normaliseForComparison } from './text-lines.ts';

export function paragraphAnchor(text: string): string {
  const digest = createHash('sha256').update(normaliseForComparison(text) || text, 'utf8').digest();
  return `p-${digest.readUIntBE(0, 6).toString(36).padStart(6, '0').slice(-6)}`;
}

/** Anchors for the paragraphs of one article, in order, unique within it. */
export function paragraphAnchors(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = paragraphAnchor(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export interface AnchoredBlock {
  kind: 'paragraph' | 'subheading';
  text: string;
  /** Paragraphs only: the stable anchor and the 1-based paragraph number. */
  anchor?: string;
  n?: number;
}

/** The article body with each paragraph's anchor and number, as pages and exports show them. */
export function anchorBody(body: readonly { kind: 'paragraph' | 'subheading'; text: string }[]): AnchoredBlock[] {
  const anchors = paragraphAnchors(body.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  let n = 0;
  return body.map((b) => (b.kind === 'paragraph' ? { ...b, anchor: anchors[n], n: ++n } : { ...b }));
}
