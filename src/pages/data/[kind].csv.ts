/** actors.csv and places.csv. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entitiesCsv } from '../../lib/export-csv.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export function getStaticPaths() {
  return [{ params: { kind: 'actors' } }, { params: { kind: 'places' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const archive = await getArchive();
  const entries = params.kind === 'actors' ? archive.actors : archive.places;
  const body = await madeOrReused(`/data/${params.kind}.csv`, () => exportInputs.entities(entries), () => entitiesCsv(entries, params.kind === 'actors' ? 'actor' : 'place'));
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
