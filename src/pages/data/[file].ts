/** The data exports (src/lib/data-exports.ts): in an incremental build, only those whose inputs changed. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { getDataExports } from '../../lib/data-exports.ts';
import { pathsToRender } from '../../lib/render-plan.ts';

export async function getStaticPaths() {
  const [archive, exports] = await Promise.all([getArchive(), getDataExports()]);
  const paths = [...exports.keys()].map((file) => ({ params: { file } }));
  return pathsToRender('data-exports', paths, (p) => ({ url: `/data/${p.params.file}`, inputs: exports.get(p.params.file)!.inputs(archive) }));
}

export const GET: APIRoute = async ({ params }) => {
  const [archive, exports] = await Promise.all([getArchive(), getDataExports()]);
  const data = exports.get(params.file!)!;
  return new Response(await data.make(archive), { headers: { 'content-type': data.contentType } });
};
