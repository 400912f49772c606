/**
 * `npm run review:entities [-- --format text|yaml|csv] [--limit N] [--kind actor|place]`
 *
 * Lists the names the name finder discovered in the last ingest (`.archive/`, or
 * `$ARCHIVE_WORK_DIR`) with counts and sentences, so the gazetteer can grow, and then the names
 * it held back from pages on weak evidence (`held-back.json`). Run `npm run ingest` (or
 * `npm run build`) first.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as toCsv } from 'csv-stringify/sync';
import type { Entity } from '../src/schemas/article.ts';
import type { HeldBackItem } from './ingest/collect-entities.ts';
import { workFiles } from '../src/lib/paths.ts';
import { formatReview, reviewCsvRows, reviewItems, reviewYaml } from './review/entity-review.ts';
import { getEntityMentions, type EntityMentions } from '../src/lib/entity-mentions.ts';
import { PROJECT_ROOT } from './cli-options.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, limit: { type: 'string', default: '50' }, kind: { type: 'string' } } });
const format = values.format!;
const limit = Number(values.limit) || Infinity;
if (!['text', 'yaml', 'csv'].includes(format) || Number.isNaN(Number(values.limit)) || (values.kind && !['actor', 'place'].includes(values.kind))) {
  console.error(`review:entities: expected --format text|yaml|csv, --limit N and --kind actor|place; found ${JSON.stringify(values)}.`);
  process.exit(2);
}
const dir = path.resolve(PROJECT_ROOT, process.env.ARCHIVE_WORK_DIR ?? '.archive');
const files = workFiles(dir);
const read = async (file: string): Promise<Entity[]> => JSON.parse(await readFile(file, 'utf8')) as Entity[];
let all: Entity[];
try {
  all = [...(await read(files.actors)), ...(await read(files.places))];
} catch {
  console.error(`review:entities: expected the ingest's output in ${dir}, found none. Run "npm run ingest" first (or set ARCHIVE_WORK_DIR).`);
  process.exit(2);
}
// An archive ingested before names were held back has no such file: nothing held back.
const heldBack = (JSON.parse(await readFile(files.heldBack, 'utf8').catch(() => '[]')) as HeldBackItem[]).filter((h) => !values.kind || h.kind === values.kind);
process.env.ARCHIVE_WORK_DIR = dir;
const mentions = new Map<string, EntityMentions>();
for (const e of all.filter((x) => x.origin === 'discovered')) mentions.set(`${e.kind}:${e.id}`, await getEntityMentions(e.kind, e.id));
const discovered = all.filter((e) => e.origin === 'discovered' && (!values.kind || e.kind === values.kind));
const items = reviewItems(discovered, (e) => mentions.get(`${e.kind}:${e.id}`)!, all.filter((e) => e.origin === 'gazetteer'));
process.stdout.write(format === 'yaml' ? reviewYaml(items, limit, heldBack) : format === 'csv' ? toCsv(reviewCsvRows(items, heldBack)) : formatReview(items, limit, heldBack));
