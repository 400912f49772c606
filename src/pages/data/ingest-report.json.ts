/** The ingest report, published with the site so readers can see what was left out and why. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { workDir, workFiles } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const report = JSON.parse(await readFile(workFiles(workDir()).report, 'utf8'));
  return Response.json(report.files);
};
