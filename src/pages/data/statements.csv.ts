import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getAllStatements } from '../../lib/entity-mentions.ts';
import { statementsCsv } from '../../lib/export-csv.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const { actors, places, byId } = archive;
  const body = await madeOrReused('/data/statements.csv', () => exportInputs.statements(archive), async () => {
    const all = await getAllStatements();
    const speakers = [];
    for (const [kind, entries] of [['actor', actors], ['place', places]] as const) {
      for (const { entity } of entries) {
        const statements = all[`${kind}:${entity.id}`] ?? [];
        if (statements.length) speakers.push({ kind, id: entity.id, name: entity.name, statements });
      }
    }
    return statementsCsv(speakers, byId);
  });
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
