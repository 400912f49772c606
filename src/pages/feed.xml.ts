import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { atomFeed } from '../lib/export-feed.ts';
import { ARCHIVE_NAME } from '../lib/site.ts';

// Made on every build: the feed holds the latest articles only, a few milliseconds' work.
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return new Response(atomFeed(archive.articles, site!, ARCHIVE_NAME), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
