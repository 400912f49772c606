import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entityRecord } from '../../lib/export-records.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const { actors } = await getArchive();
  const body = await madeOrReused('/data/actors.json', () => exportInputs.entities(actors), () => JSON.stringify(actors.map((entry) => entityRecord(entry, 'actor'))));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
