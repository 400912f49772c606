/**
 * Gold entity sets: JSONL, one article per line, in the shape of the GUM Wikinews gold
 * (`tests/fixtures/gum-wikinews/README.md`): `{file, entities: [{text, type, forms}]}` with
 * `type` person | organization | place; other fields (`wikipedia`, `count`, `spans`…) are kept
 * where present but not needed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type GoldType = 'person' | 'organization' | 'place';
export const GOLD_TYPES: readonly GoldType[] = ['person', 'organization', 'place'];

const goldEntitySchema = z.object({
  text: z.string().min(1),
  type: z.enum(['person', 'organization', 'place']),
  forms: z.array(z.string().min(1)).default([]),
  name_count: z.number().int().nonnegative().optional(),
});

const goldDocumentSchema = z.object({
  file: z.string().min(1),
  title: z.string().optional(),
  entities: z.array(goldEntitySchema),
});

export interface GoldEntity {
  text: string;
  type: GoldType;
  /** Surface forms as written in the article; `text` is compared too. */
  forms: string[];
  /** How often the article names it (gold `name_count`, else counted in the text): orders error lists. */
  weight?: number;
}

export interface GoldDocument {
  /** Path relative to the gold set's corpus folder. */
  file: string;
  title?: string;
  entities: GoldEntity[];
}

/** A gold set: its JSONL and the folder its `file` paths are relative to. */
export interface GoldSet {
  id: string;
  label: string;
  goldFile: string;
  corpusDir: string;
  /** Held out as a whole: no dev half (`--half dev` leaves it out, `--half held-out` scores all of it). */
  heldOutOnly?: boolean;
}

export type GoldSetId = 'gum' | 'interviews' | 'interviews-2' | 'bundled';

export const GOLD_SETS: Record<GoldSetId, GoldSet> = {
  gum: {
    id: 'gum',
    label: 'GUM Wikinews (24 news articles, GUM gold, CC BY)',
    goldFile: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews/gold.jsonl'),
    corpusDir: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews'),
  },
  // Held out from rule development: no extractor rule was written against these articles.
  interviews: {
    id: 'interviews',
    label: 'GUM Wikinews interviews (12 interviews, GUM gold, CC BY)',
    goldFile: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews-interviews/gold.jsonl'),
    corpusDir: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews-interviews'),
  },
  // Held out as a whole: no rule may be written against any of these articles (no dev half).
  'interviews-2': {
    id: 'interviews-2',
    label: 'GUM Wikinews interviews, second set (7 interviews, GUM gold, CC BY; held out as a whole)',
    goldFile: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews-interviews-2/gold.jsonl'),
    corpusDir: path.join(PROJECT_ROOT, 'tests/fixtures/gum-wikinews-interviews-2'),
    heldOutOnly: true,
  },
  bundled: {
    id: 'bundled',
    label: 'Bundled corpus (content/corpus, hand-written gold)',
    goldFile: path.join(PROJECT_ROOT, 'tests/fixtures/entity-gold/bundled-corpus.jsonl'),
    corpusDir: path.join(PROJECT_ROOT, 'content/corpus'),
  },
};

/** Parses gold JSONL; errors name the line and what is wrong with it. */
export function parseGold(text: string, source = 'gold'): GoldDocument[] {
  const docs: GoldDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${i + 1}: not valid JSON (${(error as Error).message}). Each line must be one JSON object.`);
    }
    const result = goldDocumentSchema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((p) => `${p.path.join('.') || '(line)'}: ${p.message}`).join('; ');
      throw new Error(`${source}:${i + 1}: not a gold document (${problems}). Expected {"file", "entities": [{"text", "type", "forms"}]}.`);
    }
    const doc = result.data;
    docs.push({
      file: doc.file,
      title: doc.title,
      entities: doc.entities.map((e) => ({ text: e.text, type: e.type, forms: e.forms.length > 0 ? e.forms : [e.text], weight: e.name_count })),
    });
  });
  return docs;
}

/**
 * A fixed split of a gold set, so rules can be developed on one half and measured on text they
 * were not written against: articles in code-point order of `file`, even positions are `dev`,
 * odd positions `held-out`.
 */
export type GoldHalf = 'dev' | 'held-out';

export function halfOfGold(docs: readonly GoldDocument[], half: GoldHalf | 'all'): GoldDocument[] {
  if (half === 'all') return [...docs];
  const order = docs.map((d) => d.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(order.map((file, i) => [file, i]));
  return docs.filter((d) => (position.get(d.file)! % 2 === 0) === (half === 'dev'));
}

/**
 * The half of a set to score for a requested half: a set held out as a whole has no dev half
 * (`null`: leave it out) and its held-out half is all of it.
 */
export function halfFor(set: Pick<GoldSet, 'heldOutOnly'>, half: GoldHalf | 'all'): GoldHalf | 'all' | null {
  if (!set.heldOutOnly || half === 'all') return half;
  return half === 'dev' ? null : 'all';
}

export async function loadGold(set: GoldSet): Promise<GoldDocument[]> {
  return parseGold(await readFile(set.goldFile, 'utf8'), path.relative(PROJECT_ROOT, set.goldFile));
}

/** Whole-word occurrences of any of the forms in a text (longest first, not overlapping). */
export function countForms(text: string, forms: readonly string[]): number {
  const fold = (s: string) => s.replace(/[’‘`´]/g, "'");
  const folded = fold(text);
  const taken: [number, number][] = [];
  let count = 0;
  for (const form of [...new Set(forms.map(fold))].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of folded.matchAll(re)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => span[0] < e && span[1] > s)) continue;
      taken.push(span);
      count += 1;
    }
  }
  return count;
}
