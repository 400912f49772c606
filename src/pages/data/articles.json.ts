import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { articleRecord } from '../../lib/export-records.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const body = await madeOrReused('/data/articles.json', () => exportInputs.articles(archive), () => JSON.stringify(archive.articles.map(articleRecord)));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
