/**
 * `npx node scripts/eval/entity-kinds.ts DIR`: ingests every .txt/.md article of a folder and
 * lists the entity ids found as an actor in some articles and as a place in others (each such id
 * would get two pages). E.g. on a corpus from `scripts/bench/generate-corpus.ts`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ingestFile } from '../ingest/ingest-file.ts';
import type { SourceFile } from '../ingest/find-sources.ts';
import { ingestContext } from '../../tests/helpers/ingest-context.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npx node scripts/eval/entity-kinds.ts DIR (a folder of .txt or .md articles)');
  process.exit(2);
}
const context = await ingestContext();
const kinds = new Map<string, Map<string, number>>();
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
for (const file of files) {
  const source = { absolutePath: file, relativePath: path.relative(dir, file), supported: true, format: file.endsWith('.md') ? 'markdown' : 'text' } as SourceFile;
  const outcomes = await ingestFile(source, context);
  for (const outcome of Array.isArray(outcomes) ? outcomes : [outcomes]) {
    for (const e of outcome?.article?.entities ?? []) {
      const seen = kinds.get(e.id) ?? new Map<string, number>();
      seen.set(`${e.kind}/${e.type}`, (seen.get(`${e.kind}/${e.type}`) ?? 0) + 1);
      kinds.set(e.id, seen);
    }
  }
}
const both = [...kinds].filter(([, seen]) => new Set([...seen.keys()].map((k) => k.split('/')[0])).size > 1);
console.log(`${files.length} articles, ${kinds.size} entity ids, ${both.length} found as both an actor and a place:`);
for (const [id, seen] of both) console.log(`  ${id}: ${[...seen].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
