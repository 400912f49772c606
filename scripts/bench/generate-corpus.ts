/**
 * Generates a deterministic corpus of scraped-looking news articles for benchmarking the whole
 * pipeline (ingest → Astro build → Pagefind):
 *
 *   npx node scripts/bench/generate-corpus.ts --count 10000 --out /tmp/corpus [--seed 1]
 *
 * The same seed and count give byte-identical files. Every article is generated from its own
 * PRNG stream (seed, index), so files can be written in any order, with bounded concurrency,
 * without holding the corpus in memory; a duplicate is simply its original generated again.
 *
 * Modules: corpus-vocabulary.ts (word lists, templates), seeded-random.ts, article-writer.ts
 * (filling templates for one article's cast), article-text.ts (one article and its text); this
 * file lays out the corpus (folders, dates, duplicates), writes it, and is the command line.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Rng, STREAM, hashString } from './seeded-random.ts';
import { Writer, pad2, toPubDate } from './article-writer.ts';
import { type Article, SPAN_MS, START_MS, generateArticle, nearCopy, renderArticle } from './article-text.ts';
import {
  OUTLETS,
} from './corpus-vocabulary.ts';

export { BODY_PARAGRAPHS, BODY_WORDS, YEARS } from './article-text.ts';

export interface GenerateCorpusOptions {
  /** Number of files to write. */
  count: number;
  /** Any number or string; the same seed and count give the same bytes. */
  seed: number | string;
  /** Folder to write into; created if missing, must be empty. */
  outDir: string;
  /** Share of files that are exact copies of an earlier file, and again of near-copies (default 0.01). */
  duplicateRate?: number;
  /** Files per sub-folder (default 500). */
  folderSize?: number;
  /** Files written at once (default 16). */
  concurrency?: number;
}

export interface GenerateCorpusResult {
  files: number;
  bytes: number;
  /** Exact copies of an earlier file under another name. */
  duplicates: number;
  /** An earlier file with one sentence changed and a different breadcrumb. */
  nearDuplicates: number;
  folders: number;
}

// --- Corpus layout ---------------------------------------------------------------------------

interface Plan {
  seedHash: number;
  count: number;
  folderSize: number;
  folders: string[];
  folderOutlet: number[];
  /** Index of an exact copy → index of its original, and of a near-copy → its original. */
  exact: Map<number, number>;
  near: Map<number, number>;
  nameWidth: number;
}

function publicationMs(plan: Plan, index: number): number {
  const u = Rng.for(plan.seedHash, index, STREAM.date).next();
  const ms = START_MS + Math.floor(((index + u) * SPAN_MS) / plan.count);
  return ms - (ms % 60_000);
}

function makePlan(seedHash: number, count: number, folderSize: number, duplicateRate: number): Plan {
  const folderCount = Math.ceil(count / folderSize);
  const folders: string[] = [];
  const folderOutlet: number[] = [];
  const used = new Set<string>();
  const offset = Rng.for(seedHash, 0, STREAM.folder).int(0, OUTLETS.length - 1);
  for (let k = 0; k < folderCount; k++) {
    const outlet = (k * 5 + offset) % OUTLETS.length;
    const t = toPubDate(START_MS + Math.floor((k * folderSize * SPAN_MS) / count));
    const base = `outlet-${pad2(outlet + 1)}/${t.y}-${pad2(t.m + 1)}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    folders.push(name);
    folderOutlet.push(outlet);
  }

  // Exactly round(count × rate) copies of each kind, at random later positions, each of an original.
  const copies = Math.min(Math.round(count * duplicateRate), Math.floor((count - 1) / 2));
  const rng = Rng.for(seedHash, 0, STREAM.plan);
  const positions = new Set<number>();
  while (positions.size < copies * 2) positions.add(rng.int(1, count - 1));
  const ordered = [...positions];
  const exact = new Map<number, number>();
  const near = new Map<number, number>();
  ordered.forEach((at, k) => {
    let source = rng.int(0, at - 1);
    for (let tries = 0; positions.has(source) && tries < 20; tries++) source = rng.int(0, at - 1);
    while (positions.has(source)) source--; // index 0 is never a copy
    (k < copies ? exact : near).set(at, source);
  });
  return { seedHash, count, folderSize, folders, folderOutlet, exact, near, nameWidth: Math.max(5, String(count - 1).length) };
}

function fileName(plan: Plan, index: number): string {
  const rng = Rng.for(plan.seedHash, index, STREAM.name);
  const hex = (Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0') + Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0'));
  return `${String(index).padStart(plan.nameWidth, '0')}_${hex}.txt`;
}

function articleFor(plan: Plan, index: number): { article: Article; writer: Writer } {
  const outlet = OUTLETS[plan.folderOutlet[Math.floor(index / plan.folderSize)]];
  return generateArticle(plan.seedHash, index, outlet, publicationMs(plan, index));
}

/** The text of file `index` of the corpus. */
function fileText(plan: Plan, index: number): string {
  const copyOf = plan.exact.get(index);
  if (copyOf !== undefined) return renderArticle(articleFor(plan, copyOf).article);
  const nearOf = plan.near.get(index);
  if (nearOf !== undefined) {
    const { article, writer } = articleFor(plan, nearOf);
    return renderArticle(nearCopy(article, writer, Rng.for(plan.seedHash, index, STREAM.near)));
  }
  return renderArticle(articleFor(plan, index).article);
}

/** Writes `count` article files under `outDir`, `folderSize` per sub-folder; see the module comment. */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<GenerateCorpusResult> {
  const { count, seed, outDir, duplicateRate = 0.01, folderSize = 500, concurrency = 16 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`expected count to be a positive integer, found ${count}`);
  if (!Number.isInteger(folderSize) || folderSize < 1) throw new Error(`expected folderSize to be a positive integer, found ${folderSize}`);
  if (!(duplicateRate >= 0 && duplicateRate <= 0.25)) throw new Error(`expected duplicateRate between 0 and 0.25, found ${duplicateRate}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`expected concurrency to be a positive integer, found ${concurrency}`);

  await mkdir(outDir, { recursive: true });
  const existing = await readdir(outDir);
  if (existing.length > 0) throw new Error(`expected an empty output folder, found ${existing.length} entries in ${outDir}; delete it or pick another folder`);

  const plan = makePlan(hashString(String(seed)), count, folderSize, duplicateRate);
  const madeFolders = new Map<number, Promise<unknown>>();
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const folder = Math.floor(index / folderSize);
      let made = madeFolders.get(folder);
      if (!made) {
        made = mkdir(path.join(outDir, plan.folders[folder]), { recursive: true });
        madeFolders.set(folder, made);
      }
      const text = fileText(plan, index);
      bytes += Buffer.byteLength(text, 'utf8');
      await made;
      await writeFile(path.join(outDir, plan.folders[folder], fileName(plan, index)), text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { files: count, bytes, duplicates: plan.exact.size, nearDuplicates: plan.near.size, folders: plan.folders.length };
}

// --- Command line ----------------------------------------------------------------------------

const USAGE = `Usage: npx node scripts/bench/generate-corpus.ts --count N --out DIR [options]

  --count N             number of article files (e.g. 1000 to 50000)
  --out DIR             folder to write into (created; must be empty)
  --seed S              any number or text (default 1); same seed and count → same bytes
  --duplicate-rate R    share of exact copies, and again of near-copies (default 0.01)
  --folder-size N       files per sub-folder (default 500)
  --concurrency N       files written at once (default 16)`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'duplicate-rate': { type: 'string' },
      'folder-size': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.count || !values.out) {
    console.error(`generate-corpus: --count and --out are required\n${USAGE}`);
    return 2;
  }
  const num = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`expected --${name} to be a number, found "${text}"`);
    return n;
  };
  const outDir = path.resolve(process.cwd(), values.out);
  const started = performance.now();
  const result = await generateCorpus({
    count: num('count', values.count)!,
    seed: values.seed!,
    outDir,
    duplicateRate: num('duplicate-rate', values['duplicate-rate']),
    folderSize: num('folder-size', values['folder-size']),
    concurrency: num('concurrency', values.concurrency),
  });
  const seconds = (performance.now() - started) / 1000;
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `generate-corpus: ${result.files.toLocaleString('en-US')} files, ${mb} MB in ${result.folders} folders ` +
      `(${result.duplicates} exact duplicates, ${result.nearDuplicates} near-duplicates, seed ${values.seed}) → ${outDir} ` +
      `in ${seconds.toFixed(1)} s, peak RSS ${rssMb} MB`,
  );
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-corpus: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
