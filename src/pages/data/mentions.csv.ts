import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { mentionsCsv } from '../../lib/export-csv.ts';

export const GET: APIRoute = async () => new Response(mentionsCsv((await getArchive()).articles), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
