/**
 * Serialises an article as MDX: YAML frontmatter plus the body as a syntax tree, printed by
 * remark-stringify with remark-mdx. The printer escapes whatever MDX would read as code or
 * markup (`{`, `<`, `#`, `*`…), so any character of the source stays text on the page.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
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
 * Every string double-quoted and never folded: Astro reads frontmatter with js-yaml, which
 * would turn a plain `2020-10-02` into a Date and `null`-like words into null.
 */
export function frontmatterYaml(data: unknown): string {
  return toYaml(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    minContentWidth: 0,
  }).trimEnd();
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

export function articleToMdx(frontmatter: object, body: readonly BodyBlock[]): string {
  const blockNode = (block: ReturnType<typeof anchorBody>[number]): RootContent => {
    const text = { type: 'text' as const, value: block.text };
    if (block.kind === 'subheading') return { type: 'heading', depth: 2, children: [text] } satisfies Heading;
    return { type: 'paragraph', children: [anchorNode(block.anchor!, block.n!), text] } satisfies Paragraph;
  };
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: frontmatterYaml(frontmatter) }, ...anchorBody(body).map(blockNode)],
  };
  return processor.stringify(tree);
}
