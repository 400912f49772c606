import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getAllStatements } from '../../lib/entity-mentions.ts';
import { statementsCsv } from '../../lib/export-csv.ts';

export const GET: APIRoute = async () => {
  const { actors, places, byId } = await getArchive();
  const all = await getAllStatements();
  const speakers = [];
  for (const [kind, entries] of [['actor', actors], ['place', places]] as const) {
    for (const { entity } of entries) {
      const statements = all[`${kind}:${entity.id}`] ?? [];
      if (statements.length) speakers.push({ kind, id: entity.id, name: entity.name, statements });
    }
  }
  return new Response(statementsCsv(speakers, byId), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
