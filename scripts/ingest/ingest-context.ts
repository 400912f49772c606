/**
 * The curated data every file is read against (gazetteer → entity index, outlet list), loaded
 * in one place so the main thread and each ingest worker build exactly the same context.
 */
import { buildEntityIndex } from './find-entities.ts';
import { loadOutlets } from './find-outlet.ts';
import { loadGazetteer, type GazetteerEntry } from './gazetteer.ts';
import type { IngestContext } from './ingest-file.ts';

export interface CuratedFiles {
  gazetteerFile: string;
  outletsFile: string;
}

export async function loadIngestContext(files: CuratedFiles): Promise<{ gazetteer: GazetteerEntry[]; context: IngestContext }> {
  const [gazetteer, outlets] = await Promise.all([loadGazetteer(files.gazetteerFile), loadOutlets(files.outletsFile)]);
  return { gazetteer, context: { entityIndex: buildEntityIndex(gazetteer), outlets } };
}
