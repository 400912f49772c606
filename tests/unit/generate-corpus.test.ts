import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus, main, type GenerateCorpusResult } from '../../scripts/bench/generate-corpus.ts';
import { isSentence, matchLineRule } from '../../scripts/ingest/line-rules.ts';

const COUNT = 200;
/** Lines above the headline: "World, Europe, Caucasus", "HomeWorld<headline>...", "Home » News » …". */
const BREADCRUMB = /^(World, |HomeWorld|Home » |Contact Us$)/;
const FOLDER_SIZE = 40;

interface Corpus {
  dir: string;
  result: GenerateCorpusResult;
  /** Relative path → text, in path order. */
  files: Map<string, string>;
}

let root: string;

async function generate(name: string, options: { seed: number | string; count?: number; duplicateRate?: number; folderSize?: number }): Promise<Corpus> {
  const dir = path.join(root, name);
  const result = await generateCorpus({ count: COUNT, folderSize: FOLDER_SIZE, outDir: dir, ...options });
  const files = new Map<string, string>();
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  for (const name of names) files.set(name, await readFile(path.join(dir, name), 'utf8'));
  return { dir, result, files };
}

/** Running-text paragraphs: sentence lines that no furniture rule claims and that are no breadcrumb. */
function bodyParagraphs(text: string): string[] {
  return text.split('\n').filter((line) => isSentence(line) && !matchLineRule(line) && !BREADCRUMB.test(line));
}

const words = (line: string) => line.trim().split(/\s+/).length;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Whole lines that state a publication date, by form. */
const DATE_LINES: Record<string, RegExp> = {
  published: /^Published [A-Z][a-z]+ \d{1,2}, ?\d{4}$/,
  dotted: /^\d{2}\.\d{2}\.\d{4}$/,
  'pipe-byline': /^.+ {1,2}\| \d{2}\.\d{2}\.\d{4} - Update : \d{2}\.\d{2}\.\d{4}$/,
  'us-time': /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} (AM|PM)( GMT\+4)?$/,
  iso: /^\d{4}-\d{2}-\d{2}$/,
  'iso-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
  'day-month': /^\d{1,2} [A-Z][a-z]+ \d{4}(, \d{2}:\d{2})?$/,
  weekday: /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/,
  slashed: /^\d{2}\/\d{2}\/\d{4}$/,
};

function dateForms(text: string): string[] {
  const lines = text.split('\n');
  return Object.entries(DATE_LINES)
    .filter(([, pattern]) => lines.some((line) => pattern.test(line)))
    .map(([form]) => form);
}

let a: Corpus;
let b: Corpus;
let other: Corpus;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'generate-corpus-'));
  [a, b, other] = await Promise.all([generate('a', { seed: 42 }), generate('b', { seed: 42 }), generate('other', { seed: 43 })]);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same files, another seed different ones', () => {
    expect(a.files.size).toBe(COUNT);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [name, text] of a.files) expect(b.files.get(name), name).toBe(text);
    expect(b.result).toEqual(a.result);

    expect([...other.files.keys()]).not.toEqual([...a.files.keys()]);
    const texts = new Set(a.files.values());
    expect([...other.files.values()].filter((text) => texts.has(text))).toEqual([]);
  });

  it('reports the bytes it wrote', () => {
    const bytes = [...a.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(a.result.bytes).toBe(bytes);
    expect(bytes / COUNT).toBeGreaterThan(2_500);
    expect(bytes / COUNT).toBeLessThan(8_000);
  });

  it('keeps every body within 400–900 words in 6–20 paragraphs', () => {
    for (const [name, text] of a.files) {
      const paragraphs = bodyParagraphs(text);
      const total = paragraphs.reduce((sum, p) => sum + words(p), 0);
      expect(total, name).toBeGreaterThanOrEqual(400);
      expect(total, name).toBeLessThanOrEqual(900);
      expect(paragraphs.length, name).toBeGreaterThanOrEqual(6);
      expect(paragraphs.length, name).toBeLessThanOrEqual(20);
    }
    // Lengths vary across the whole range, not around one value.
    const totals = [...a.files.values()].map((t) => bodyParagraphs(t).reduce((sum, p) => sum + words(p), 0));
    expect(Math.min(...totals)).toBeLessThan(500);
    expect(Math.max(...totals)).toBeGreaterThan(800);
  });

  it('spreads files over outlet/month folders of folderSize files, dated 2019–2024', () => {
    const byFolder = new Map<string, string[]>();
    for (const name of a.files.keys()) {
      const folder = path.posix.dirname(name);
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.posix.basename(name)]);
    }
    expect(byFolder.size).toBe(COUNT / FOLDER_SIZE);
    expect(a.result.folders).toBe(byFolder.size);
    for (const [folder, names] of byFolder) {
      expect(folder).toMatch(/^outlet-\d{2}\/(2019|202[0-4])-(0[1-9]|1[0-2])(-\d+)?$/);
      expect(names).toHaveLength(FOLDER_SIZE);
      for (const name of names) expect(name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
    }
    // Consecutive indices share a folder, and folders follow the calendar.
    const months = [...byFolder.keys()].map((f) => f.split('/')[1]).sort();
    expect(new Set(months).size).toBe(byFolder.size);
    expect(new Set(months.map((m) => m.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    // Stated dates (ISO and dotted forms) fall within 2019–2024.
    for (const text of a.files.values()) {
      for (const m of text.matchAll(/^(?:(\d{4})-\d{2}-\d{2}|\d{2}\.\d{2}\.(\d{4}))/gm)) {
        expect(Number(m[1] ?? m[2])).toBeGreaterThanOrEqual(2019);
        expect(Number(m[1] ?? m[2])).toBeLessThanOrEqual(2024);
      }
    }
  });

  it('uses one folder of up to 500 files by default', async () => {
    const small = await generate('default-folders', { seed: 7, count: 30, folderSize: undefined });
    expect(new Set([...small.files.keys()].map((n) => path.posix.dirname(n))).size).toBe(1);
    expect(small.files.size).toBe(30);
  });

  it('writes round(count × duplicateRate) exact copies and as many near-copies', async () => {
    const check = (corpus: Corpus, expected: number) => {
      const seen = new Set<string>();
      const exact: string[] = [];
      for (const [name, text] of corpus.files) {
        const hash = digest(text);
        if (seen.has(hash)) exact.push(name);
        seen.add(hash);
      }
      expect(exact).toHaveLength(expected);
      expect(corpus.result.duplicates).toBe(expected);

      // A near-copy differs from an earlier file in its breadcrumb and exactly one paragraph.
      const entries = [...corpus.files.entries()].sort(([x], [y]) => path.posix.basename(x).localeCompare(path.posix.basename(y)));
      const body = entries.map(([, text]) => new Set(bodyParagraphs(text)));
      const breadcrumb = entries.map(([, text]) => {
        const first = text.split('\n')[0];
        return BREADCRUMB.test(first) ? first : null;
      });
      const exactSet = new Set(exact);
      let near = 0;
      for (let i = 0; i < entries.length; i++) {
        if (exactSet.has(entries[i][0])) continue;
        for (let j = 0; j < i; j++) {
          const onlyI = [...body[i]].filter((p) => !body[j].has(p));
          const onlyJ = [...body[j]].filter((p) => !body[i].has(p));
          if (onlyI.length === 1 && onlyJ.length === 1) {
            expect(entries[i][1]).not.toBe(entries[j][1]);
            expect(breadcrumb[i]).not.toBe(breadcrumb[j]);
            near++;
            break;
          }
        }
      }
      expect(near).toBe(expected);
      expect(corpus.result.nearDuplicates).toBe(expected);
    };
    check(a, Math.round(COUNT * 0.01));
    check(await generate('many-copies', { seed: 5, duplicateRate: 0.1 }), Math.round(COUNT * 0.1));
  });

  it('starts every file with a non-empty line, the headline or a breadcrumb above it', () => {
    for (const [name, text] of a.files) {
      const lines = text.split('\n');
      expect(lines[0].trim(), name).not.toBe('');
      expect(lines[1], name).toBe('');
      const headline = BREADCRUMB.test(lines[0]) ? lines[2] : lines[0];
      expect(headline.trim(), name).not.toBe('');
      expect(headline, name).not.toMatch(/\.$/);
      expect(words(headline), name).toBeLessThanOrEqual(20);
    }
  });

  it('varies the shape: date forms, undated files, bylines, datelines and furniture', () => {
    const texts = [...a.files.values()];
    const forms = new Set(texts.flatMap(dateForms));
    expect(forms.size).toBeGreaterThanOrEqual(5);
    const undated = texts.filter((t) => dateForms(t).length === 0).length;
    expect(undated).toBeGreaterThanOrEqual(COUNT * 0.05);
    expect(undated).toBeLessThanOrEqual(COUNT * 0.3);

    const share = (pattern: RegExp) => texts.filter((t) => pattern.test(t)).length / texts.length;
    for (const pattern of [
      BREADCRUMB, // breadcrumbs above the headline
      /^By [A-Z]/m, // bylines
      /^[A-Z]{3,}(, [A-Z][a-z]+|:)$/m, // datelines: "BAKU, Azerbaijan", "YEREVAN:"
      /^[A-Z]{3,}(, [A-Z][a-z]+ \d{1,2})? \([A-Za-z]+\) [-—] /m, // wire datelines
      /^READ MORE: /m,
      /^(\* Writing by|Source: |Please enter your comment!|Related News)/m,
    ]) {
      expect(share(pattern), String(pattern)).toBeGreaterThan(0);
      expect(share(pattern), String(pattern)).toBeLessThan(1);
    }
    // Wire copy: background paragraphs recur verbatim across articles.
    const counts = new Map<string, number>();
    for (const t of texts) for (const p of new Set(bodyParagraphs(t))) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(10);
  });

  it('has a command line that prints a one-line summary', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const out = path.join(root, 'cli');
      expect(await main(['--count', '12', '--out', out, '--seed', 'abc', '--folder-size', '5'])).toBe(0);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0][0])).toMatch(/^generate-corpus: 12 files, [\d.]+ MB in 3 folders .*seed abc.* in [\d.]+ s/);
      expect((await readdir(out, { recursive: true })).filter((n) => n.endsWith('.txt'))).toHaveLength(12);
    } finally {
      log.mockRestore();
    }
  });

  it('refuses a folder that is not empty', async () => {
    await expect(generateCorpus({ count: 1, seed: 1, outDir: a.dir })).rejects.toThrow(/empty output folder/);
  });
});
