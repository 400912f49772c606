/**
 * Document-level scores: each entity counts once per article, however often it is mentioned.
 *
 * - typed: actors are matched only to gold person/organization, places only to gold place
 *   (one matching per kind; overall = the two summed);
 * - any kind: the same matching with the kinds ignored (a gold place found as an actor counts);
 *   false positives/negatives, split and merge errors are taken from this matching, and the
 *   pairs whose kinds disagree are listed as kind mismatches.
 *
 * precision = matched predicted / predicted, recall = matched gold / gold (equal counts, the
 * matching being one-to-one); an empty denominator scores 1 (nothing claimed is nothing wrong,
 * nothing to find is nothing missed), F1 = 2PR / (P + R). Micro-averaged: counts are summed over
 * the articles before dividing.
 */
import { equalityKey } from './normalise.ts';
import { countForms, GOLD_TYPES, type GoldEntity, type GoldType } from './gold.ts';
import { assign, bestCandidate, findMerges, findSplits, kindOfGold, type Kind, type MergeError, type PredictedEntity, type SplitError } from './match.ts';

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentInput {
  file: string;
  title?: string;
  gold: GoldEntity[];
  predicted: PredictedEntity[];
  /** The text the extractor read (headline, standfirst, body); tells reader losses from extractor misses. */
  inputText?: string;
}

export interface FalseNegative {
  file: string;
  gold: GoldEntity;
  /** False when none of its forms is in the text the extractor was given (the reader removed it). */
  inExtractorInput: boolean | null;
}

export interface FalsePositive {
  file: string;
  predicted: PredictedEntity;
  /** Set when it names a gold entity that another predicted entity matched (a split). */
  duplicateOf: GoldEntity | null;
}

/** A false positive whose name overlaps a false negative's in the same article: a boundary error. */
export interface PartialMatch {
  file: string;
  predicted: PredictedEntity;
  gold: GoldEntity;
}

export interface KindMismatch {
  file: string;
  predicted: PredictedEntity;
  gold: GoldEntity;
}

export interface DocumentResult {
  file: string;
  title?: string;
  typed: Record<Kind, Counts>;
  typedAll: Counts;
  any: Counts;
  /** P / R / F1 of this article: kinds must agree, and any kind. */
  scores: { typed: Scores; any: Scores };
  /** Recall per gold type: found under the mapped kind (typed) and under either kind (any). */
  byGoldType: Record<GoldType, { gold: number; typed: number; any: number }>;
  /** Predicted entities by origin (gazetteer / discovered) and how many matched (any kind). */
  byOrigin: Record<string, { predicted: number; matched: number }>;
  falsePositives: FalsePositive[];
  falseNegatives: FalseNegative[];
  kindMismatches: KindMismatch[];
  partialMatches: PartialMatch[];
  splits: (SplitError & { file: string })[];
  merges: (MergeError & { file: string })[];
}

export function scores(c: Counts): Scores {
  const precision = c.predicted === 0 ? 1 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function add(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched };
}

const ZERO: Counts = { gold: 0, predicted: 0, matched: 0 };

export function evaluateDocument(doc: DocumentInput): DocumentResult {
  const { gold, predicted } = doc;
  const typed = {} as Record<Kind, Counts>;
  const typedFound = new Set<number>();
  for (const kind of ['actor', 'place'] as const) {
    const { pairs } = assign(predicted, gold, (c) => predicted[c.pred].kind === kind && kindOfGold(gold[c.gold].type) === kind);
    for (const gi of pairs.values()) typedFound.add(gi);
    typed[kind] = {
      gold: gold.filter((g) => kindOfGold(g.type) === kind).length,
      predicted: predicted.filter((p) => p.kind === kind).length,
      matched: pairs.size,
    };
  }

  const assignment = assign(predicted, gold);
  const anyFound = new Set(assignment.pairs.values());
  const byGoldType = Object.fromEntries(GOLD_TYPES.map((t) => [t, { gold: 0, typed: 0, any: 0 }])) as DocumentResult['byGoldType'];
  gold.forEach((g, gi) => {
    byGoldType[g.type].gold += 1;
    if (typedFound.has(gi)) byGoldType[g.type].typed += 1;
    if (anyFound.has(gi)) byGoldType[g.type].any += 1;
  });
  const byOrigin: DocumentResult['byOrigin'] = {};
  predicted.forEach((p, pi) => {
    const o = (byOrigin[p.origin ?? 'unknown'] ??= { predicted: 0, matched: 0 });
    o.predicted += 1;
    if (assignment.pairs.has(pi)) o.matched += 1;
  });

  const input = doc.inputText;
  const falsePositives = predicted.flatMap((p, pi) => {
    if (assignment.pairs.has(pi)) return [];
    const gi = bestCandidate(pi, assignment);
    return [{ file: doc.file, predicted: p, duplicateOf: gi === undefined ? null : gold[gi] }];
  });
  const missed = gold.filter((_, gi) => !anyFound.has(gi));
  const typedAll = add(typed.actor, typed.place);
  const any = { gold: gold.length, predicted: predicted.length, matched: assignment.pairs.size };
  return {
    file: doc.file,
    title: doc.title,
    typed,
    typedAll,
    any,
    scores: { typed: scores(typedAll), any: scores(any) },
    byGoldType,
    byOrigin,
    falsePositives,
    falseNegatives: missed.map((g) => ({
      file: doc.file,
      gold: g,
      inExtractorInput: input === undefined ? null : countForms(input, [...g.forms, g.text]) > 0,
    })),
    kindMismatches: [...assignment.pairs].filter(([pi, gi]) => predicted[pi].kind !== kindOfGold(gold[gi].type))
      .map(([pi, gi]) => ({ file: doc.file, predicted: predicted[pi], gold: gold[gi] })),
    partialMatches: falsePositives.filter((f) => !f.duplicateOf).flatMap((f) => missed.filter((g) => overlaps(f.predicted, g)).map((g) => ({ file: doc.file, predicted: f.predicted, gold: g }))),
    splits: findSplits(predicted, gold, assignment).map((s) => ({ ...s, file: doc.file })),
    merges: findMerges(predicted, gold).map((m) => ({ ...m, file: doc.file })),
  };
}

/**
 * Whether the predicted name and a gold spelling contain one another as whole words (the name
 * only: a surface wrongly resolved to it, e.g. the surname "Party", would overlap too widely).
 */
function overlaps(p: PredictedEntity, g: GoldEntity): boolean {
  const keys = (names: string[]) => names.map((n) => ` ${equalityKey(n)} `).filter((k) => k.trim() !== '');
  const pk = keys([p.name]);
  const gk = keys([g.text, ...g.forms]);
  return pk.some((a) => gk.some((b) => a.includes(b) || b.includes(a)));
}

export interface Summary {
  documents: number;
  typed: Record<Kind, Scores>;
  typedAll: Scores;
  any: Scores;
  byGoldType: Record<GoldType, { gold: number; typed: number; any: number; recallTyped: number; recallAny: number }>;
  byOrigin: Record<string, { predicted: number; matched: number; precision: number }>;
  falsePositives: number;
  /** False positives that duplicate a found gold entity (the extra pages of split errors). */
  falsePositivesDuplicates: number;
  falseNegatives: number;
  /** False negatives none of whose forms reached the extractor (removed by the reader). */
  falseNegativesNotInInput: number;
  kindMismatches: number;
  /** Spurious predictions overlapping a missed gold entity (boundary errors). */
  partialMatches: number;
  splitErrors: number;
  mergeErrors: number;
}

/** Micro-averaged scores over the documents. */
export function summarise(results: readonly DocumentResult[]): Summary {
  const sum = (pick: (r: DocumentResult) => Counts) => results.map(pick).reduce(add, ZERO);
  const byGoldType = Object.fromEntries(GOLD_TYPES.map((t) => {
    const gold = results.reduce((n, r) => n + r.byGoldType[t].gold, 0);
    const typed = results.reduce((n, r) => n + r.byGoldType[t].typed, 0);
    const any = results.reduce((n, r) => n + r.byGoldType[t].any, 0);
    return [t, { gold, typed, any, recallTyped: gold ? typed / gold : 1, recallAny: gold ? any / gold : 1 }];
  })) as Summary['byGoldType'];
  const byOrigin: Summary['byOrigin'] = {};
  for (const r of results) for (const [origin, o] of Object.entries(r.byOrigin)) {
    const acc = (byOrigin[origin] ??= { predicted: 0, matched: 0, precision: 1 });
    acc.predicted += o.predicted;
    acc.matched += o.matched;
    acc.precision = acc.predicted ? acc.matched / acc.predicted : 1;
  }
  return {
    documents: results.length,
    typed: { actor: scores(sum((r) => r.typed.actor)), place: scores(sum((r) => r.typed.place)) },
    typedAll: scores(sum((r) => r.typedAll)),
    any: scores(sum((r) => r.any)),
    byGoldType,
    byOrigin,
    falsePositives: results.reduce((n, r) => n + r.falsePositives.length, 0),
    falsePositivesDuplicates: results.reduce((n, r) => n + r.falsePositives.filter((f) => f.duplicateOf).length, 0),
    falseNegatives: results.reduce((n, r) => n + r.falseNegatives.length, 0),
    falseNegativesNotInInput: results.reduce((n, r) => n + r.falseNegatives.filter((f) => f.inExtractorInput === false).length, 0),
    kindMismatches: results.reduce((n, r) => n + r.kindMismatches.length, 0),
    partialMatches: results.reduce((n, r) => n + new Set(r.partialMatches.map((m) => m.predicted)).size, 0),
    splitErrors: results.reduce((n, r) => n + r.splits.length, 0),
    mergeErrors: results.reduce((n, r) => n + r.merges.length, 0),
  };
}
