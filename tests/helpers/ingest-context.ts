/** The curated data of the project, loaded once for tests that run ingest stages. */
import path from 'node:path';
import { buildEntityIndex } from '../../scripts/ingest/find-entities.ts';
import { loadOutlets } from '../../scripts/ingest/find-outlet.ts';
import { loadGazetteer } from '../../scripts/ingest/gazetteer.ts';
import type { IngestContext } from '../../scripts/ingest/ingest-file.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

let context: Promise<IngestContext> | undefined;

export function ingestContext(): Promise<IngestContext> {
  context ??= (async () => ({
    entityIndex: buildEntityIndex(await loadGazetteer(path.join(ROOT, 'content/gazetteer.yaml'))),
    outlets: await loadOutlets(path.join(ROOT, 'content/outlets.yaml')),
  }))();
  return context;
}
