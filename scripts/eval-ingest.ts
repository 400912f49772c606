/**
 * `npm run eval:ingest`: measures the article reader on the GUM Wikinews articles
 * (tests/fixtures/gum-wikinews), text its rules were not written against: headline and
 * publication date against the gold, and how many story paragraphs were kept or lost.
 * Figures, not pass/fail.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestFile } from './ingest/ingest-file.ts';
import { buildEntityIndex } from './ingest/find-entities.ts';
import { loadOutlets } from './ingest/find-outlet.ts';
import { loadGazetteer } from './ingest/gazetteer.ts';
import { normaliseForComparison } from './ingest/text-lines.ts';
import { PROJECT_ROOT } from './cli-options.ts';

const DIR = path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews');
const context = {
  entityIndex: buildEntityIndex(await loadGazetteer(path.join(PROJECT_ROOT, 'content/gazetteer.yaml'))),
  outlets: await loadOutlets(path.join(PROJECT_ROOT, 'content/outlets.yaml')),
};
const gold = (await readFile(path.join(DIR, 'gold.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { file: string; date_in_text: string });

let titles = 0;
let dates = 0;
let storyParagraphs = 0;
let kept = 0;
let removedLines = 0;
const misses: string[] = [];
for (const g of gold) {
  const file = path.join(DIR, g.file);
  const text = await readFile(file, 'utf8');
  const [headline, , , , ...rest] = text.split('\n');
  const story = rest.filter((l) => l.trim() !== '');
  const [outcome] = await ingestFile({ absolutePath: file, relativePath: g.file, supported: true, format: 'text' }, context);
  const a = outcome.article;
  if (a?.draft.title === headline.trim()) titles++;
  else misses.push(`${g.file}: title ${JSON.stringify(a?.draft.title)}`);
  if (a?.draft.published.date === g.date_in_text.slice(0, 10)) dates++;
  else misses.push(`${g.file}: date ${a?.draft.published.date} (gold ${g.date_in_text.slice(0, 10)})`);
  const body = new Set([...(a?.body ?? []).map((b) => normaliseForComparison(b.text)), normaliseForComparison(a?.draft.subtitle ?? '')]);
  storyParagraphs += story.length;
  kept += story.filter((l) => body.has(normaliseForComparison(l))).length;
  removedLines += outcome.removed.length;
  for (const l of story) if (!body.has(normaliseForComparison(l))) misses.push(`${g.file}: story line not kept: ${JSON.stringify(l.slice(0, 70))}`);
}
const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
console.log(`GUM Wikinews, ${gold.length} articles not used to write the rules:`);
console.log(`  headline right        ${pct(titles, gold.length)}`);
console.log(`  publication date right ${pct(dates, gold.length)}`);
console.log(`  story paragraphs kept  ${pct(kept, storyParagraphs)} (the subtitle counts as kept)`);
console.log(`  lines removed as furniture: ${removedLines} (the texts hold none)`);
if (process.argv.includes('--verbose')) for (const m of misses) console.log(`  - ${m}`);
