/** The ingest report, published with the site so readers can see what was left out and why. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { exportInputs } from '../../lib/page-inputs.ts';
import { workDir, workFiles } from '../../lib/paths.ts';
import { madeOrReused } from '../../lib/render-plan.ts';

export const GET: APIRoute = async () => {
  const body = await madeOrReused('/data/ingest-report.json', exportInputs.report, async () => JSON.stringify(JSON.parse(await readFile(workFiles(workDir()).report, 'utf8')).files));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
