/**
 * The archive's data exports under `/data/` (issue 2's contract): for each file, what it reads
 * (`inputs`, digested by the render plan: an incremental build makes a file again only when
 * they changed, and leaves the site's copy in place otherwise) and how it is made. One route,
 * src/pages/data/[file].ts, renders them; the exports themselves are tested pure helpers.
 */
import { readFile } from 'node:fs/promises';
import type { Archive } from './archive.ts';
import { getDatesMentioned, getDatesMentionedSummary } from './dates-mentioned.ts';
import { getAllStatements } from './entity-mentions.ts';
import { articlesCsv, datesMentionedCsv, entitiesCsv, mentionsCsv, statementsCsv } from './export-csv.ts';
import { articleRecord, entityRecord } from './export-records.ts';
import { exportInputs } from './page-inputs.ts';
import { workDir, workFiles } from './paths.ts';

export interface DataExport {
  /** File name under /data/. */
  file: string;
  contentType: string;
  /** Everything `make` reads, as a value to digest (see pathsToRender). */
  inputs: (archive: Archive) => unknown;
  make: (archive: Archive) => string | Promise<string>;
}

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** The years with mentioned dates, as the ingest's summary lists them. */
async function mentionedYears(): Promise<string[]> {
  return Object.keys(await getDatesMentionedSummary()).sort();
}

/** Every export; `years` are those of the dates-mentioned summary (read once by the caller). */
export function dataExports(years: readonly string[]): DataExport[] {
  return [
    { file: 'articles.json', contentType: JSON_TYPE, inputs: exportInputs.articles, make: (a) => JSON.stringify(a.articles.map(articleRecord)) },
    { file: 'articles.csv', contentType: CSV_TYPE, inputs: exportInputs.articles, make: (a) => articlesCsv(a.articles) },
    { file: 'mentions.csv', contentType: CSV_TYPE, inputs: exportInputs.articles, make: (a) => mentionsCsv(a.articles) },
    { file: 'actors.json', contentType: JSON_TYPE, inputs: (a) => exportInputs.entities(a.actors), make: (a) => JSON.stringify(a.actors.map((e) => entityRecord(e, 'actor'))) },
    { file: 'places.json', contentType: JSON_TYPE, inputs: (a) => exportInputs.entities(a.places), make: (a) => JSON.stringify(a.places.map((e) => entityRecord(e, 'place'))) },
    { file: 'actors.csv', contentType: CSV_TYPE, inputs: (a) => exportInputs.entities(a.actors), make: (a) => entitiesCsv(a.actors, 'actor') },
    { file: 'places.csv', contentType: CSV_TYPE, inputs: (a) => exportInputs.entities(a.places), make: (a) => entitiesCsv(a.places, 'place') },
    {
      file: 'statements.csv',
      contentType: CSV_TYPE,
      inputs: exportInputs.statements,
      make: async ({ actors, places, byId }) => {
        const all = await getAllStatements();
        const speakers = [];
        for (const [kind, entries] of [['actor', actors], ['place', places]] as const) {
          for (const { entity } of entries) {
            const statements = all[`${kind}:${entity.id}`] ?? [];
            if (statements.length) speakers.push({ kind, id: entity.id, name: entity.name, statements });
          }
        }
        return statementsCsv(speakers, byId);
      },
    },
    {
      file: 'dates-mentioned.csv',
      contentType: CSV_TYPE,
      inputs: (a) => exportInputs.datesMentioned(a, years),
      make: async (a) => {
        const dates = [];
        for (const year of years) dates.push(...(await getDatesMentioned(year)));
        return datesMentionedCsv(dates, a.byId);
      },
    },
    {
      // The ingest report, published so readers can see what was left out and why.
      file: 'ingest-report.json',
      contentType: JSON_TYPE,
      inputs: () => exportInputs.report(),
      make: async () => JSON.stringify(JSON.parse(await readFile(workFiles(workDir()).report, 'utf8')).files),
    },
  ];
}

let loaded: Promise<Map<string, DataExport>> | undefined;

/** The exports by file name, built once per render (getStaticPaths and each GET share them). */
export function getDataExports(): Promise<Map<string, DataExport>> {
  loaded ??= mentionedYears().then((years) => new Map(dataExports(years).map((e) => [e.file, e])));
  return loaded;
}
