/**
 * Serialises an article as MDX: YAML frontmatter plus the body as a syntax tree, printed by
 * remark-stringify with remark-mdx. The printer escapes whatever MDX would read as code or
 * markup (`{`, `<`, `#`, `*`…), so any character of the source stays text on the page.
 */
import type { Heading, Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { anchorBody } from './paragraph-anchors.ts';

export interface BodyBlock {
  kind: 'paragraph' | 'subheading';
  text: string;
}

/**
 * MDX reads a line that starts with `import` or `export` as JavaScript, and remark-mdx does not
 * escape that case; these patterns make the printer write the first letter as a character
 * reference (`&#x69;mport`), which MDX shows as the letter.
 */
const esmUnsafe = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const processor = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, unsafe: esmUnsafe });

/**
 * The frontmatter as JSON, which is also YAML 1.2: every string double-quoted and never folded
 * (a YAML reader such as js-yaml would turn a plain `2020-10-02` into a Date and `null`-like
 * words into null). The article loader reads it with JSON.parse, many times faster than a YAML
 * parser (at 20,000 articles, seconds of the ingest and of the build). Characters YAML does not
 * allow unescaped (C1 controls, line and paragraph separators, BOM, noncharacters) are written
 * as `\u` escapes, which mean the same character in both.
 */
export function frontmatterYaml(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `<Anchor id="p-…" n="3" />` opens each paragraph: the article page maps it to the visible
 * "link to this paragraph" mark. Only the ingest writes JSX; article text is always a text node.
 */
function anchorNode(id: string, n: number): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Anchor',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
    ],
    children: [],
  };
}

/** A link from words of the body to a page of the archive (an actor's or a place's). */
export interface TextLink {
  block: number;
  start: number;
  end: number;
  url: string;
}

/** The block's text as text nodes, with the linked spans as links (spans must not overlap). */
function phrasing(text: string, links: readonly TextLink[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < at || link.end > text.length || link.end <= link.start) continue;
    if (link.start > at) nodes.push({ type: 'text', value: text.slice(at, link.start) } satisfies Text);
    nodes.push({ type: 'link', url: link.url, children: [{ type: 'text', value: text.slice(link.start, link.end) }] } satisfies Link);
    at = link.end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

export function articleToMdx(frontmatter: object, body: readonly BodyBlock[], links: readonly TextLink[] = []): string {
  const byBlock = Map.groupBy(links, (l) => l.block);
  const blockNode = (block: ReturnType<typeof anchorBody>[number], index: number): RootContent => {
    const children = phrasing(block.text, byBlock.get(index) ?? []);
    if (block.kind === 'subheading') return { type: 'heading', depth: 2, children } satisfies Heading;
    return { type: 'paragraph', children: [anchorNode(block.anchor!, block.n!), ...children] } satisfies Paragraph;
  };
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: frontmatterYaml(frontmatter) }, ...anchorBody(body).map(blockNode)],
  };
  return processor.stringify(tree);
}
