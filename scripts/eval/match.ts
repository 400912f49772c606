/**
 * Matching predicted entities to gold entities within one article.
 *
 * A predicted entity and a gold entity match when any of the predicted spellings (its
 * `surfaces`, and its canonical `name`) matches any gold spelling (`forms` and `text`) by
 * `matchNames`: exactly after normalisation, or by a whole-word suffix of two or more words; a
 * suffix match counts only when the kinds agree (gold person/organization ~ actor, place ~
 * place), so the place "New Zealand" does not match the organization "Food Standards Australia
 * New Zealand"; an exact match counts whatever the kinds (the kind error is reported apart).
 * The assignment is one-to-one and greedy, strongest pairs first: exact before suffix, then a
 * canonical name matching exactly, then more predicted spellings matching exactly, then more
 * matching at all, then (for the any-kind matching) the pair whose kinds agree, then article
 * order.
 */
import type { GoldEntity, GoldType } from './gold.ts';
import { equalityKey, matchNames, type NameMatch } from './normalise.ts';

export type Kind = 'actor' | 'place';

/** What the extractor found in one article (the shape of `FoundEntity`). */
export interface PredictedEntity {
  id: string;
  name: string;
  kind: Kind;
  type?: string;
  origin?: string;
  /** Spellings seen in the article. */
  surfaces: string[];
  mentions?: number;
}

/** Gold person and organization are actors; gold place is a place. */
export function kindOfGold(type: GoldType): Kind {
  return type === 'place' ? 'place' : 'actor';
}

function distinct(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) {
    const key = equalityKey(n);
    if (key && !seen.has(key)) seen.set(key, n);
  }
  return [...seen.values()];
}

function goldNames(gold: GoldEntity): string[] {
  return distinct([...gold.forms, gold.text]);
}

/** How one spelling matches a gold entity: the strongest match over its names. */
export function matchSpelling(spelling: string, gold: GoldEntity, allowSuffix = true): NameMatch {
  let best: NameMatch = null;
  for (const g of goldNames(gold)) {
    const m = matchNames(spelling, g);
    if (m === 'exact') return 'exact';
    if (m === 'suffix' && allowSuffix) best = 'suffix';
  }
  return best;
}

function sameKind(pred: PredictedEntity, gold: GoldEntity): boolean {
  return pred.kind === kindOfGold(gold.type);
}

export interface PairStrength {
  match: NameMatch;
  /** Whether the canonical name matches exactly. */
  nameExact: boolean;
  /** How many of the predicted spellings (surfaces and name) match the gold entity exactly. */
  exact: number;
  /** How many match at all. */
  support: number;
}

export function pairStrength(pred: PredictedEntity, gold: GoldEntity): PairStrength {
  const allowSuffix = sameKind(pred, gold);
  let match: NameMatch = null;
  let exact = 0;
  let support = 0;
  for (const s of distinct([...pred.surfaces, pred.name])) {
    const m = matchSpelling(s, gold, allowSuffix);
    if (!m) continue;
    support += 1;
    if (m === 'exact') exact += 1;
    if (m === 'exact' || match === null) match = m;
  }
  return { match, nameExact: matchSpelling(pred.name, gold, false) === 'exact', exact, support };
}

export interface Candidate extends PairStrength {
  pred: number;
  gold: number;
  match: Exclude<NameMatch, null>;
  sameKind: boolean;
}

/** Every matching pair, strongest first (the order the greedy assignment takes them in). */
export function candidates(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[]): Candidate[] {
  const list: Candidate[] = [];
  predicted.forEach((p, pi) => gold.forEach((g, gi) => {
    const strength = pairStrength(p, g);
    const match = strength.match;
    if (match) list.push({ ...strength, pred: pi, gold: gi, match, sameKind: sameKind(p, g) });
  }));
  return list.sort((a, b) =>
    (a.match === b.match ? 0 : a.match === 'exact' ? -1 : 1)
    || Number(b.nameExact) - Number(a.nameExact)
    || b.exact - a.exact
    || b.support - a.support
    || Number(b.sameKind) - Number(a.sameKind)
    || a.gold - b.gold
    || a.pred - b.pred);
}

export interface Assignment {
  /** Predicted index → gold index. */
  pairs: Map<number, number>;
  candidates: Candidate[];
}

/** One-to-one greedy assignment; `allow` restricts which pairs may match (e.g. same kind). */
export function assign(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[], allow: (c: Candidate) => boolean = () => true): Assignment {
  const all = candidates(predicted, gold).filter(allow);
  const pairs = new Map<number, number>();
  const goldTaken = new Set<number>();
  for (const c of all) {
    if (pairs.has(c.pred) || goldTaken.has(c.gold)) continue;
    pairs.set(c.pred, c.gold);
    goldTaken.add(c.gold);
  }
  return { pairs, candidates: all };
}

export interface SplitError {
  gold: GoldEntity;
  /** The predicted entities (two or more) that each stand for this one gold entity. */
  predicted: PredictedEntity[];
}

export interface MergeError {
  predicted: PredictedEntity;
  /** The gold entities (two or more) its surfaces name, with the surfaces that name each. */
  gold: { entity: GoldEntity; surfaces: string[] }[];
}

/**
 * The gold entity an unassigned predicted entity would have matched had another not taken it
 * (every candidate of an unassigned entity is taken: the assignment tries them all).
 */
export function bestCandidate(pred: number, assignment: Assignment): number | undefined {
  return assignment.candidates.find((c) => c.pred === pred)?.gold;
}

/**
 * Split errors: a gold entity that two or more predicted entities stand for. A predicted entity
 * stands for the gold entity it was assigned, or, when it lost to another, its best candidate.
 */
export function findSplits(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[], assignment: Assignment): SplitError[] {
  const standsFor = new Map<number, number[]>();
  predicted.forEach((_, pi) => {
    const gi = assignment.pairs.get(pi) ?? bestCandidate(pi, assignment);
    if (gi === undefined) return;
    standsFor.set(gi, [...(standsFor.get(gi) ?? []), pi]);
  });
  return [...standsFor].filter(([, preds]) => preds.length >= 2).sort(([a], [b]) => a - b)
    .map(([gi, preds]) => ({ gold: gold[gi], predicted: preds.map((pi) => predicted[pi]) }));
}

/**
 * Merge errors: a predicted entity whose surfaces name two or more gold entities, each by a
 * different surface (one ambiguous surface matching two gold entities is not evidence of a
 * merge; two surfaces naming two different gold entities are).
 */
export function findMerges(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[]): MergeError[] {
  const merges: MergeError[] = [];
  for (const p of predicted) {
    const surfaces = distinct(p.surfaces);
    const named = gold.map((g) => ({ entity: g, surfaces: surfaces.filter((s) => matchSpelling(s, g, sameKind(p, g)) !== null) })).filter((x) => x.surfaces.length > 0);
    if (named.length < 2) continue;
    const twoBySeparateSurfaces = named.some((a, i) => named.some((b, j) => i !== j && a.surfaces.some((sa) => b.surfaces.some((sb) => sa !== sb))));
    if (twoBySeparateSurfaces) merges.push({ predicted: p, gold: named });
  }
  return merges;
}
