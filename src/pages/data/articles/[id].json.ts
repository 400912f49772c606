/** One JSON record per article: the export record plus the body as anchored paragraphs. */
import type { APIRoute } from 'astro';
import { getArchive, getRecord } from '../../../lib/archive.ts';
import { articleRecordInputs } from '../../../lib/page-inputs.ts';
import { pathsToRender } from '../../../lib/render-plan.ts';
import { articleRecord } from '../../../lib/export-records.ts';
import type { Article } from '../../../schemas/article.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  const paths = archive.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
  return pathsToRender('article-records', paths, (p) => ({ url: `/data/articles/${p.params.id}.json`, inputs: articleRecordInputs(archive, p.props.article) }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const article = (props as { article: Article }).article;
  const { paragraphs } = await getRecord(article.id);
  const url = new URL(article.url, site).href;
  return Response.json({
    ...articleRecord(article),
    archiveUrl: url,
    paragraphs: paragraphs.map((p) => (p.anchor ? { ...p, url: `${url}#${p.anchor}` } : p)),
  });
};
