/**
 * The whole text → MDX → HTML path, on the renderer Astro uses: for any paragraph text, the
 * MDX the ingest writes, compiled by Satteri with the site's features (astro.config.mjs), gives
 * a paragraph whose text is exactly the input, beside the ingest's own <Anchor>, and nothing
 * else: no expression, no import/export, no raw HTML, no element made from the text.
 */
import fc from 'fast-check';
import { mdxToHast, type HastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { articleToMdx } from '../../scripts/ingest/article-to-mdx.ts';

const FEATURES = { gfm: false, smartPunctuation: false, math: false, frontmatter: true } as const;

const paragraphText = fc
  .string({ unit: fc.oneof(fc.constantFrom(...'{}<>[]()!#*_`~\\&;:|-+=.,"\'/ \t0123456789abcXYZ^$%@'.split('')), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 80 })
  .map((s) => s.replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, ' ').replace(/\s+/g, ' ').trim().normalize('NFC'))
  .filter((s) => s.length > 0);

/** Paragraph texts as rendered, and any node that is not a paragraph, its anchor or text. */
function rendered(tree: HastNode): { texts: string[]; foreign: string[] } {
  const texts: string[] = [];
  const foreign: string[] = [];
  for (const block of (tree as { children: HastNode[] }).children) {
    const b = block as { type: string; tagName?: string; children?: { type: string; name?: string; value?: string }[] };
    if (b.type === 'text' && !b.children) continue; // newlines between blocks
    if (b.type !== 'element' || b.tagName !== 'p') { foreign.push(`${b.type}:${b.tagName ?? ''}`); continue; }
    const [anchor, ...rest] = b.children ?? [];
    if (anchor?.type !== 'mdxJsxTextElement' || anchor.name !== 'Anchor') foreign.push(`first child ${anchor?.type}`);
    for (const node of rest) if (node.type !== 'text') foreign.push(node.type);
    texts.push(rest.map((n) => n.value ?? '').join(''));
  }
  return { texts, foreign };
}

describe('text → MDX → HTML with the site renderer (Satteri)', () => {
  it('renders any paragraph text exactly as written, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), (texts) => {
        const mdx = articleToMdx({ title: 't' }, texts.map((text) => ({ kind: 'paragraph' as const, text })));
        const result = rendered(mdxToHast(mdx, { features: FEATURES, position: false }));
        expect(result.foreign).toEqual([]);
        expect(result.texts).toEqual(texts);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['import fs from "node:fs"', 'export const x = 1', '{process.exit(1)}', '<script>alert(1)</script>', '---', '~~strike~~ -- "quotes" ... $x$'])(
    'renders %j as text',
    (text) => {
      const result = rendered(mdxToHast(articleToMdx({ title: 't' }, [{ kind: 'paragraph', text }]), { features: FEATURES, position: false }));
      expect(result).toEqual({ texts: [text], foreign: [] });
    },
  );
});
