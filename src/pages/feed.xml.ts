import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { atomFeed } from '../lib/export-feed.ts';
import { exportInputs } from '../lib/page-inputs.ts';
import { madeOrReused } from '../lib/render-plan.ts';
import { ARCHIVE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const body = await madeOrReused('/feed.xml', () => [site!.href, ARCHIVE_NAME, exportInputs.articles(archive)], () => atomFeed(archive.articles, site!, ARCHIVE_NAME));
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
