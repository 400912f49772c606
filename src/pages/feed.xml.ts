import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { atomFeed } from '../lib/export-feed.ts';
import { ARCHIVE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed((await getArchive()).articles, site!, ARCHIVE_NAME), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
