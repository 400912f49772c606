/**
 * The evaluation as a readable report (a table of scores, grouping errors with examples, and on
 * request the per-article lines and the false positives and negatives) or as JSON.
 */
import type { GoldEntity } from './gold.ts';
import type { PredictedEntity } from './match.ts';
import type { Evaluation } from './run.ts';
import type { Scores } from './score.ts';

export interface ReportOptions {
  /** One line per article. */
  documents: boolean;
  /** List false positives, false negatives and kind mismatches. */
  errors: boolean;
  /** How many examples per list (0: all). */
  limit: number;
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string, n: number) => s.padEnd(n);

function row(label: string, s: Scores): string {
  return `${padEnd(label, 26)}${pad(s.gold, 6)}${pad(s.predicted, 6)}${pad(s.matched, 6)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;
}

function predictedLabel(p: PredictedEntity): string {
  const spellings = p.surfaces.filter((s) => s !== p.name);
  return `${JSON.stringify(p.name)} (${p.kind}/${p.type ?? '?'}, ${p.origin ?? '?'}${spellings.length ? `; as ${spellings.map((s) => JSON.stringify(s)).join(', ')}` : ''})`;
}

function goldLabel(g: GoldEntity): string {
  const other = g.forms.filter((f) => f !== g.text);
  return `${JSON.stringify(g.text)} (${g.type}${other.length ? `; as ${other.map((s) => JSON.stringify(s)).join(', ')}` : ''})`;
}

function take<T>(items: T[], limit: number): { shown: T[]; more: number } {
  const shown = limit > 0 ? items.slice(0, limit) : items;
  return { shown, more: items.length - shown.length };
}

function list<T>(title: string, items: T[], limit: number, line: (item: T) => string): string[] {
  const { shown, more } = take(items, limit);
  const out = [`${title}: ${items.length}${more > 0 ? ` (first ${shown.length} shown; --limit 0 for all)` : ''}`];
  for (const item of shown) out.push(`  ${line(item)}`);
  return out;
}

const article = (file: string) => file.replace(/^articles\//, '').replace(/\.txt$/, '');

export function formatEvaluation(e: Evaluation, options: ReportOptions): string {
  const s = e.summary;
  const docs = e.documents;
  const out: string[] = [];
  out.push(`== ${e.set.label}`);
  out.push(`   gold ${e.set.goldFile}, articles in ${e.set.corpusDir}/: ${s.documents} articles, ${s.any.gold} gold entities, ${s.any.predicted} predicted (document level: each entity once per article)`);
  if (e.notIngested.length) out.push(`   NOT INGESTED (scored as finding nothing): ${e.notIngested.map((n) => `${n.file} [${n.diagnostics.join('; ')}]`).join(', ')}`);
  out.push('');
  out.push(`${padEnd('', 26)}${pad('gold', 6)}${pad('pred', 6)}${pad('match', 6)}   ${'P'.padEnd(5)}  ${'R'.padEnd(5)}  F1`);
  out.push(row('actor (person + org)', s.typed.actor));
  out.push(row('place', s.typed.place));
  out.push(row('all, kinds must agree', s.typedAll));
  out.push(row('all, any kind', s.any));
  out.push('');
  out.push('recall by gold type        gold  found as mapped kind   found as any kind');
  for (const [t, r] of Object.entries(s.byGoldType)) {
    out.push(`  ${padEnd(t, 24)}${pad(r.gold, 6)}   ${pad(r.typed, 5)}  (${pct(r.recallTyped)})      ${pad(r.any, 5)}  (${pct(r.recallAny)})`);
  }
  out.push('predicted by origin        pred  matched  precision (any kind)');
  for (const [origin, o] of Object.entries(s.byOrigin).sort()) {
    out.push(`  ${padEnd(origin, 24)}${pad(o.predicted, 6)}  ${pad(o.matched, 7)}  ${pct(o.precision)}`);
  }
  out.push('');
  out.push(`errors (any kind): ${s.falsePositives} false positives (${s.falsePositivesDuplicates} of them extra pages of a found entity: split errors), ${s.falseNegatives} false negatives (${s.falseNegativesNotInInput} of them never reached the extractor: removed by the reader), ${s.kindMismatches} kind mismatches`);
  out.push(`boundaries: ${s.partialMatches} false positives overlap a missed gold name in the same article (cut or run-on names: "Kim Jong-" for "Kim Jong-un")`);
  out.push(`grouping: ${s.splitErrors} split errors (one gold entity, several predicted), ${s.mergeErrors} merge errors (one predicted entity, several gold)`);

  const splits = docs.flatMap((d) => d.splits);
  const merges = docs.flatMap((d) => d.merges);
  if (splits.length) out.push(...list('split errors', splits, options.limit, (x) => `${article(x.file)}: gold ${goldLabel(x.gold)} ← ${x.predicted.map(predictedLabel).join(' + ')}`));
  if (merges.length) out.push(...list('merge errors', merges, options.limit, (x) => `${article(x.file)}: ${predictedLabel(x.predicted)} → ${x.gold.map((g) => `${JSON.stringify(g.entity.text)} (${g.entity.type}, by ${g.surfaces.map((v) => JSON.stringify(v)).join(', ')})`).join(' + ')}`));

  if (options.documents) {
    out.push('');
    out.push(`per article${' '.repeat(14)}gold  pred  match   P      R      F1   (any kind)   F1 kinds agree`);
    for (const d of docs) {
      const a = d.scores.any;
      const t = d.scores.typed;
      out.push(`  ${padEnd(article(d.file), 22)}${pad(a.gold, 6)}${pad(a.predicted, 6)}${pad(a.matched, 6)}   ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}             ${pct(t.f1)}`);
    }
  }

  if (options.errors) {
    const fps = docs.flatMap((d) => d.falsePositives).sort((a, b) => (b.predicted.mentions ?? 0) - (a.predicted.mentions ?? 0));
    const fns = docs.flatMap((d) => d.falseNegatives).sort((a, b) => (b.gold.weight ?? 0) - (a.gold.weight ?? 0));
    const kinds = docs.flatMap((d) => d.kindMismatches);
    out.push('');
    out.push(...list('false positives (predicted, matching no gold entity), most mentioned first', fps, options.limit,
      (x) => `${padEnd(article(x.file), 16)} ${predictedLabel(x.predicted)} ×${x.predicted.mentions ?? '?'}${x.duplicateOf ? `  [duplicate of gold ${JSON.stringify(x.duplicateOf.text)}: split]` : ''}`));
    out.push(...list('false negatives (gold, found under neither kind), most named first', fns, options.limit,
      (x) => `${padEnd(article(x.file), 16)} ${goldLabel(x.gold)} ×${x.gold.weight ?? '?'}${x.inExtractorInput === false ? '  [not in the extractor input: removed by the reader]' : ''}`));
    out.push(...list('partial matches (a false positive overlapping a false negative: name cut short or run on)', docs.flatMap((d) => d.partialMatches), options.limit,
      (x) => `${padEnd(article(x.file), 16)} predicted ${JSON.stringify(x.predicted.name)} (${x.predicted.kind}) ~ gold ${JSON.stringify(x.gold.text)} (${x.gold.type})`));
    out.push(...list('kind mismatches (found, but as the other kind)', kinds, options.limit,
      (x) => `${padEnd(article(x.file), 16)} gold ${JSON.stringify(x.gold.text)} (${x.gold.type}) found as ${x.predicted.kind} ${JSON.stringify(x.predicted.name)} (${x.predicted.type ?? '?'})`));
  }
  return out.join('\n');
}
