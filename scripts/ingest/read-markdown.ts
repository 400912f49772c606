/**
 * Markdown articles: parsed with remark (the same unified stack that writes the pages), so
 * emphasis, links and escapes become plain text; YAML frontmatter supplies metadata (title,
 * date, authors, url, source…). The first level-1 heading is the headline when the
 * frontmatter has no title.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { diagnostic } from './diagnostics.ts';
import { parseSidecar } from './read-sidecar.ts';
import { collapse, type SourceDocument } from './source-document.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Frontmatter keys people use, mapped onto the sidecar's keys. */
const KEY_ALIASES: Record<string, string> = { author: 'authors', byline: 'authors', description: 'subtitle', link: 'url', publisher: 'source', site: 'source', lang: 'language' };

function blockLines(node: RootContent): string[] {
  switch (node.type) {
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(blockLines));
    case 'blockquote':
      return node.children.flatMap(blockLines);
    case 'code':
    case 'html':
      return node.value.split('\n').map(collapse).filter(Boolean);
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return [];
    default: {
      const text = collapse(toString(node));
      return text ? [text] : [];
    }
  }
}

export function readMarkdown(markdown: string, fileName: string): SourceDocument {
  const doc: SourceDocument = { text: '', metadata: {}, part: null, diagnostics: [] };
  const tree = parser.parse(markdown) as Root;
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (yaml && yaml.type === 'yaml') {
    try {
      const data = parseYaml(yaml.value) as Record<string, unknown> | null;
      const known = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [KEY_ALIASES[k.toLowerCase()] ?? k.toLowerCase(), v]));
      const read = parseSidecar(JSON.stringify(known), `${fileName} (frontmatter)`);
      doc.metadata = read.metadata;
      doc.diagnostics.push(...read.diagnostics.map((d) => ({ ...d, severity: 'info' as const })));
    } catch (error) {
      doc.diagnostics.push(diagnostic('frontmatter-invalid', 'warning', `the YAML frontmatter could not be read: ${(error as Error).message}`, 'Fix the YAML between the --- lines, or remove it; the article is read without it.', 1));
    }
  }
  const blocks = tree.children.filter((n) => n.type !== 'yaml');
  const h1 = blocks.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const title = doc.metadata.title ?? (h1 >= 0 ? collapse(toString(blocks[h1])) : undefined);
  const body = blocks.filter((_, i) => i !== h1).flatMap(blockLines);
  doc.text = [...(title ? [title] : []), ...body].join('\n\n');
  return doc;
}
