/**
 * `dist/_redirects` (Netlify and Cloudflare Pages format): real 301s for hosts that read it.
 * A dynamic route because Astro ignores page files whose name starts with an underscore.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { kept } = await getArchive();
  const lines = kept.redirects.map((r) => `${r.from} ${r.to} 301`);
  return new Response(lines.length ? `${lines.join('\n')}\n` : '', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
