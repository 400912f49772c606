/**
 * `npx node scripts/eval/time-entities.ts [--rounds N]`
 *
 * Milliseconds per article of the ingest of one file and of the entity finder alone, on the
 * gold sets' articles (GUM Wikinews news and interviews, and the bundled corpus), after one
 * warm-up round (which also pays for loading data once per process). The best round is
 * printed: the machine is shared.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../ingest/find-entities.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import type { SourceFile } from '../ingest/find-sources.ts';
import { ingestContext } from '../../tests/helpers/ingest-context.ts';
import { GOLD_SETS } from './gold.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const context = await ingestContext();
const files: string[] = [];
for (const set of Object.values(GOLD_SETS)) {
  for (const entry of await readdir(set.corpusDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) files.push(path.join(entry.parentPath, entry.name));
  }
}
const sources = files.sort().map((absolutePath) => ({ absolutePath, relativePath: path.basename(absolutePath), supported: true, format: 'text' }) as SourceFile);

const paragraphs: string[][] = [];
const t0 = performance.now();
for (const source of sources) {
  const outcome = await ingestFile(source, context);
  const article = (Array.isArray(outcome) ? outcome[0] : outcome)?.article;
  if (article) paragraphs.push([article.draft.title, ...(article.draft.subtitle ? [article.draft.subtitle] : []), ...article.body.map((b) => b.text)]);
}
const firstRound = performance.now() - t0;

let ingestBest = Infinity;
let findBest = Infinity;
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  for (const source of sources) await ingestFile(source, context);
  ingestBest = Math.min(ingestBest, performance.now() - t);
  t = performance.now();
  for (const p of paragraphs) findEntities(p, context.entityIndex);
  findBest = Math.min(findBest, performance.now() - t);
}
const per = (ms: number) => (ms / sources.length).toFixed(1);
console.log(`${sources.length} articles; first round (with loading) ${firstRound.toFixed(0)} ms`);
console.log(`ingestFile:   ${per(ingestBest)} ms/article (best of ${rounds})`);
console.log(`findEntities: ${per(findBest)} ms/article (best of ${rounds})`);
