import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entityRecord } from '../../lib/export-records.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const { places } = await getArchive();
  const body = await madeOrReused('/data/places.json', () => exportInputs.entities(places), () => JSON.stringify(places.map((entry) => entityRecord(entry, 'place'))));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
