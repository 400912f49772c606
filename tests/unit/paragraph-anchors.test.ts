import { describe, expect, it } from 'vitest';
import { paragraphAnchor, paragraphAnchors } from '../../scripts/ingest/paragraph-anchors.ts';

describe('paragraphAnchors', () => {
  it('depends on the paragraph text only, not on its position', () => {
    const text = 'The ministry said sabotage groups laid mines on roads.';
    expect(paragraphAnchors(['First.', text])[1]).toBe(paragraphAnchors([text])[0]);
    expect(paragraphAnchors(['Another line the rules now keep.', 'First.', text])[2]).toBe(paragraphAnchor(text));
  });

  it('ignores differences a reader would not see as a change: quotes and spacing', () => {
    expect(paragraphAnchor('Azerbaijan’s army said “no”.')).toBe(paragraphAnchor('Azerbaijan\'s  army said "no".'));
  });

  it('keeps anchors unique within an article when a paragraph repeats', () => {
    const anchors = paragraphAnchors(['Same words here.', 'Other.', 'Same words here.']);
    expect(anchors[2]).toBe(`${anchors[0]}-2`);
    expect(anchors[0]).toMatch(/^p-[a-z0-9]{6}$/);
  });

  it('anchors paragraphs without letters or digits too', () => {
    expect(paragraphAnchors(['—', '…'])).toHaveLength(2);
    expect(paragraphAnchor('—')).not.toBe(paragraphAnchor('…'));
  });
});
