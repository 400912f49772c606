import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { articleRecord } from '../../lib/export-records.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getArchive();
  return Response.json(articles.map(articleRecord));
};
