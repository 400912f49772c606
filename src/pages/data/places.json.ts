import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entityRecord } from '../../lib/export-records.ts';

export const GET: APIRoute = async () => {
  const { places } = await getArchive();
  return Response.json(places.map((entry) => entityRecord(entry, 'place')));
};
