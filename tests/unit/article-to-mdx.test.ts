import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleToMdx, frontmatterYaml, type BodyBlock } from '../../scripts/ingest/article-to-mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * Parses generated MDX the way an MDX compiler does and returns what it would show. The only
 * JSX allowed is the ingest's own `<Anchor id n />` opening each paragraph; `code` is true if
 * anything else that is not plain text or a heading/paragraph appears.
 */
function readBack(mdx: string) {
  const tree = parser.parse(mdx) as Root;
  const [yaml, ...blocks] = tree.children;
  const anchors: string[] = [];
  const isOurAnchor = (node: { type: string; name?: string; attributes?: { name: string; value: unknown }[]; children?: unknown[] }) =>
    node.type === 'mdxJsxTextElement' && node.name === 'Anchor' && node.children?.length === 0 &&
    node.attributes?.length === 2 && /^p-[a-z0-9]{6}(-\d+)?$/.test(String(node.attributes[0].value)) && /^\d+$/.test(String(node.attributes[1].value));
  let code = false;
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') code = true;
    if (!('children' in block)) continue;
    for (const [i, child] of block.children.entries()) {
      if (block.type === 'paragraph' && i === 0 && isOurAnchor(child as never)) anchors.push(String((child as never as { attributes: { value: string }[] }).attributes[0].value));
      else if (child.type !== 'text') code = true;
    }
  }
  return {
    frontmatter: yaml.type === 'yaml' ? parseYaml(yaml.value) : undefined,
    kinds: blocks.map((b) => b.type),
    texts: blocks.map((b) => toString(b)),
    anchors,
    code,
  };
}

/** Paragraph text as the ingest makes it: one line, trimmed, no control characters. */
const paragraphText = fc
  .string({ unit: fc.oneof(fc.constantFrom(...'{}<>[]()!#*_`~\\&;:|-+=.,"\'/ \t0123456789abcXYZ^$%@'.split('')), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 80 })
  .map((s) => s.replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, ' ').replace(/\s+/g, ' ').trim().normalize('NFC'))
  .filter((s) => s.length > 0);

/** Paragraph children after the anchor: text, and links to entity pages only. */
function linksBack(mdx: string) {
  const tree = parser.parse(mdx) as Root;
  const out: { text: string; links: [string, string][]; other: boolean }[] = [];
  for (const block of tree.children.slice(1)) {
    if (block.type !== 'paragraph') continue;
    const links: [string, string][] = [];
    let other = false;
    for (const child of block.children.slice(1)) {
      if (child.type === 'link') {
        if (child.children.length !== 1 || child.children[0].type !== 'text') other = true;
        links.push([toString(child), child.url]);
      } else if (child.type !== 'text') other = true;
    }
    out.push({ text: toString(block), links, other });
  }
  return out;
}

describe('articleToMdx', () => {
  it('links the given spans to entity pages and keeps the text, whatever it holds', () => {
    fc.assert(
      fc.property(paragraphText, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y);
        fc.pre(end > start && text.slice(start, end).trim() === text.slice(start, end));
        const back = linksBack(articleToMdx({ title: 't' }, [{ kind: 'paragraph', text }], [{ block: 0, start, end, url: '/actors/ilham-aliyev/' }]));
        expect(back).toEqual([{ text, links: [[text.slice(start, end), '/actors/ilham-aliyev/']], other: false }]);
      }),
      { numRuns: 300 },
    );
  });

  it('skips overlapping or out-of-range links instead of breaking the text', () => {
    const text = 'President Ilham Aliyev met Emmanuel Macron.';
    const links = [
      { block: 0, start: 10, end: 22, url: '/actors/ilham-aliyev/' },
      { block: 0, start: 16, end: 30, url: '/actors/overlap/' },
      { block: 0, start: 27, end: 42, url: '/actors/emmanuel-macron/' },
      { block: 0, start: 40, end: 99, url: '/actors/too-long/' },
    ];
    expect(linksBack(articleToMdx({ title: 't' }, [{ kind: 'paragraph', text }], links))).toEqual([
      { text, links: [['Ilham Aliyev', '/actors/ilham-aliyev/'], ['Emmanuel Macron', '/actors/emmanuel-macron/']], other: false },
    ]);
  });

  it('keeps any paragraph text as text: nothing becomes code, markup or a different string', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), (texts) => {
        const body: BodyBlock[] = texts.map((text) => ({ kind: 'paragraph', text }));
        const back = readBack(articleToMdx({ title: 't' }, body));
        expect(back.code).toBe(false);
        expect(back.kinds).toEqual(texts.map(() => 'paragraph'));
        expect(back.texts).toEqual(texts);
        expect(back.anchors).toHaveLength(texts.length);
        expect(new Set(back.anchors).size).toBe(texts.length);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    'import fs from "node:fs"',
    'export const x = 1',
    '{process.exit(1)}',
    '<script>alert(1)</script>',
    '---',
    '# not a heading',
    '1. not a list',
    '- not a list',
    '    four spaces of indentation',
    '<!-- a comment -->',
    '[a link](javascript:alert(1))',
    '***',
    '> not a quote',
    '| a | table |',
  ])('shows %j exactly as written', (text) => {
    const back = readBack(articleToMdx({ title: 't' }, [{ kind: 'paragraph', text: text.trim() }]));
    expect(back.code).toBe(false);
    expect(back.texts).toEqual([text.trim()]);
  });

  it('writes subheadings as level-2 headings', () => {
    const back = readBack(articleToMdx({ title: 't' }, [{ kind: 'subheading', text: "'No military solution'" }]));
    expect(back.kinds).toEqual(['heading']);
    expect(back.texts).toEqual(["'No military solution'"]);
  });

  it('round-trips any frontmatter string through YAML and JSON, as js-yaml-compatible double-quoted text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (value) => {
        const yaml = frontmatterYaml({ title: value, date: '2020-10-02', list: [value] });
        expect(parseYaml(yaml)).toEqual({ title: value, date: '2020-10-02', list: [value] });
        expect(JSON.parse(yaml)).toEqual({ title: value, date: '2020-10-02', list: [value] });
        // A frontmatter fence inside a value would end the frontmatter early.
        expect(yaml.split('\n').some((line) => line === '---')).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(frontmatterYaml({ date: '2020-10-02', word: 'no' })).toBe('{\n  "date": "2020-10-02",\n  "word": "no"\n}');
    // JSON, read by the article loader with JSON.parse: the same values as a YAML reader gets.
    expect(JSON.parse(frontmatterYaml({ t: 'a\u2028b\u0085c\ufeff' }))).toEqual(parseYaml(frontmatterYaml({ t: 'a\u2028b\u0085c\ufeff' })));
  });
});
