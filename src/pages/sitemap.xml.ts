import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { dateArchiveUrl, flattenArchive } from '../lib/dates.ts';
import { sitemapXml } from '../lib/export-sitemap.ts';
import { entityUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, actors, places, dates } = await getArchive();
  const abs = (path: string) => new URL(path, site).href;
  const entries = [
    { loc: abs('/') },
    ...articles.map((a) => ({ loc: abs(a.url), lastmod: a.lastChanged })),
    ...actors.map((e) => ({ loc: abs(entityUrl('actor', e.entity.id)) })),
    ...places.map((e) => ({ loc: abs(entityUrl('place', e.entity.id)) })),
    ...flattenArchive(dates).map((n) => ({ loc: abs(dateArchiveUrl(n.segments)) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
