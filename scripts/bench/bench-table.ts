/**
 * The figures of `npm run bench` as a plain-text table: per stage wall time, CPU time and peak
 * memory, the archive against Hugo + Pagefind on the same corpus, and the rebuild after a
 * one-article change as a share of the full build. Figures, not pass/fail.
 */
import type { StageCost } from './measure-command.ts';

export interface BenchResult {
  articles: number;
  cores: number;
  archive: { ingest: StageCost; render: StageCost; index: StageCost };
  /** Null when Hugo is not installed. */
  hugo: { render: StageCost; index: StageCost } | null;
  /** The same pipeline again after one article file changed. */
  rebuild: { ingest: StageCost; render: StageCost; index: StageCost } | null;
}

/** Wall and CPU add up over sequential stages; peak memory is the largest stage's. */
export function total(stages: readonly StageCost[]): StageCost {
  return {
    wallSeconds: stages.reduce((s, c) => s + c.wallSeconds, 0),
    cpuSeconds: stages.reduce((s, c) => s + c.cpuSeconds, 0),
    peakMb: Math.max(...stages.map((c) => c.peakMb)),
  };
}

const row = (label: string, c: StageCost) =>
  `${label.padEnd(34)}${c.wallSeconds.toFixed(1).padStart(9)}${c.cpuSeconds.toFixed(1).padStart(9)}${(c.peakMb / 1024).toFixed(2).padStart(10)}`;

export function formatBenchTable(r: BenchResult): string {
  const archive = total([r.archive.ingest, r.archive.render, r.archive.index]);
  const lines = [
    `${r.articles.toLocaleString('en-US')} articles, ${r.cores} cores`,
    `${'stage'.padEnd(34)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak GB'.padStart(10)}`,
    row('archive: ingest', r.archive.ingest),
    row('archive: render (Astro)', r.archive.render),
    row('archive: index (Pagefind)', r.archive.index),
    row('archive: total', archive),
  ];
  if (r.hugo) {
    const hugo = total([r.hugo.render, r.hugo.index]);
    lines.push(row('hugo: render (Hugo)', r.hugo.render), row('hugo: index (Pagefind)', r.hugo.index), row('hugo: total', hugo));
    lines.push(`archive ÷ (Hugo + Pagefind): wall ×${(archive.wallSeconds / hugo.wallSeconds).toFixed(2)}, CPU ×${(archive.cpuSeconds / hugo.cpuSeconds).toFixed(2)}, peak ×${(archive.peakMb / hugo.peakMb).toFixed(2)}`);
  } else {
    lines.push('hugo: not installed (apt-get install -y hugo), no comparison');
  }
  if (r.rebuild) {
    const rebuild = total([r.rebuild.ingest, r.rebuild.render, r.rebuild.index]);
    lines.push(
      row('rebuild, 1 article changed: ingest', r.rebuild.ingest),
      row('rebuild: render (Astro)', r.rebuild.render),
      row('rebuild: index (Pagefind)', r.rebuild.index),
      row('rebuild: total', rebuild),
      `rebuild ÷ full build: ingest ${pct(r.rebuild.ingest.wallSeconds / r.archive.ingest.wallSeconds)}, render ${pct(r.rebuild.render.wallSeconds / r.archive.render.wallSeconds)}, index ${pct(r.rebuild.index.wallSeconds / r.archive.index.wallSeconds)}, whole pipeline ${pct(rebuild.wallSeconds / archive.wallSeconds)} (wall), ${pct(rebuild.cpuSeconds / archive.cpuSeconds)} (CPU)`,
    );
  }
  return lines.join('\n');
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
