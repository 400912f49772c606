import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getDatesMentioned, getDatesMentionedSummary } from '../../lib/dates-mentioned.ts';
import { datesMentionedCsv } from '../../lib/export-csv.ts';
import { exportInputs } from '../../lib/page-inputs.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const years = Object.keys(await getDatesMentionedSummary()).sort();
  const body = await madeOrReused('/data/dates-mentioned.csv', () => exportInputs.datesMentioned(archive, years), async () => {
    const dates = [];
    for (const year of years) dates.push(...(await getDatesMentioned(year)));
    return datesMentionedCsv(dates, archive.byId);
  });
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
