import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entityRecord } from '../../lib/export-records.ts';

export const GET: APIRoute = async () => {
  const { actors } = await getArchive();
  return Response.json(actors.map((entry) => entityRecord(entry, 'actor')));
};
