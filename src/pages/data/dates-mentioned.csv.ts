import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getDatesMentioned, getDatesMentionedSummary } from '../../lib/dates-mentioned.ts';
import { datesMentionedCsv } from '../../lib/export-csv.ts';

export const GET: APIRoute = async () => {
  const { byId } = await getArchive();
  const years = Object.keys(await getDatesMentionedSummary()).sort();
  const dates = [];
  for (const year of years) dates.push(...(await getDatesMentioned(year)));
  return new Response(datesMentionedCsv(dates, byId), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
