/** One JSON record per article: the export record plus the body as anchored paragraphs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { articleRecord } from '../../../lib/export-records.ts';
import { workDir, workFiles } from '../../../lib/paths.ts';
import type { Article } from '../../../schemas/article.ts';

export async function getStaticPaths() {
  const { articles } = await getArchive();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const article = (props as { article: Article }).article;
  const { paragraphs } = JSON.parse(await readFile(path.join(workFiles(workDir()).records, `${article.id}.json`), 'utf8'));
  const url = new URL(article.url, site).href;
  return Response.json({
    ...articleRecord(article),
    archiveUrl: url,
    paragraphs: paragraphs.map((p: { kind: string; text: string; anchor?: string; n?: number }) => (p.anchor ? { ...p, url: `${url}#${p.anchor}` } : p)),
  });
};
