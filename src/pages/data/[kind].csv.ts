/** actors.csv and places.csv. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { entitiesCsv } from '../../lib/export-csv.ts';

export function getStaticPaths() {
  return [{ params: { kind: 'actors' } }, { params: { kind: 'places' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const archive = await getArchive();
  const body = params.kind === 'actors' ? entitiesCsv(archive.actors, 'actor') : entitiesCsv(archive.places, 'place');
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
