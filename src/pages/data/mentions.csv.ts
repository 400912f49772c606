import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { mentionsCsv } from '../../lib/export-csv.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const body = await madeOrReused('/data/mentions.csv', () => exportInputs.articles(archive), () => mentionsCsv(archive.articles));
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
