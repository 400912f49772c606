/**
 * The ingest report: one entry per source file saying what became of it (a page, a duplicate
 * of another page, or rejected) with every diagnostic, and the counts a person reads first.
 * No timestamps: the same corpus gives the same report.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { FileOutcome } from './ingest-file.ts';
import type { WrittenArchive } from './write-archive.ts';

export type Outcome = 'page' | 'duplicate' | 'rejected' | 'metadata';

export interface ReportEntry {
  path: string;
  outcome: Outcome;
  articleId: string | null;
  url: string | null;
  duplicateOf: string | null;
  encoding: string | null;
  diagnostics: Diagnostic[];
  /** Lines left out of the page as web furniture, with the rule that matched each. */
  removed: { line: number; ruleId: string; text: string }[];
}

export interface IngestReport {
  summary: {
    files: number;
    outcomes: Record<Outcome, number>;
    /** Diagnostics per rule id, as `ruleId (severity)`. */
    rules: Record<string, number>;
    /** Lines removed per rule id. */
    removedLines: Record<string, number>;
    errors: number;
    warnings: number;
  };
  files: ReportEntry[];
}

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildReport(
  outcomes: readonly FileOutcome[],
  duplicates: ReadonlyMap<string, string>,
  written: WrittenArchive,
  metadataFiles: readonly { path: string; diagnostics: Diagnostic[] }[] = [],
): IngestReport {
  const files: ReportEntry[] = outcomes.map((o) => {
    const duplicateOf = duplicates.get(o.sourceFile) ?? null;
    const articleId = written.pages.get(o.sourceFile) ?? null;
    const outcome: Outcome = articleId ? 'page' : duplicateOf ? 'duplicate' : 'rejected';
    const diagnostics = [...o.diagnostics];
    if (duplicateOf) {
      diagnostics.push({ ruleId: 'duplicate-article', severity: 'warning', message: `the same story as ${JSON.stringify(duplicateOf)}, which has the page`, hint: 'Remove one of the two copies, or keep both if you need the record; only one page is made.', line: null });
    }
    return {
      path: o.sourceFile,
      outcome,
      articleId: articleId ?? (duplicateOf ? written.pages.get(duplicateOf) ?? null : null),
      url: articleId || duplicateOf ? (o.article?.data?.url ?? null) : null,
      duplicateOf,
      encoding: o.encoding,
      diagnostics,
      removed: o.removed,
    };
  });
  // Manifests and sidecars are accounted for too: what they held and any problems.
  for (const m of metadataFiles) {
    files.push({ path: m.path, outcome: 'metadata', articleId: null, url: null, duplicateOf: null, encoding: null, diagnostics: m.diagnostics, removed: [] });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = files.flatMap((f) => f.diagnostics);
  return {
    summary: {
      files: files.length,
      outcomes: { page: 0, duplicate: 0, rejected: 0, metadata: 0, ...count(files, (f) => f.outcome) },
      rules: count(all, (d) => `${d.ruleId} (${d.severity})`),
      removedLines: count(files.flatMap((f) => f.removed), (r) => r.ruleId),
      errors: all.filter((d) => d.severity === 'error').length,
      warnings: all.filter((d) => d.severity === 'warning').length,
    },
    files,
  };
}

const MAX_ERRORS_SHOWN = 100;
const MAX_WARNINGS_SHOWN = 20;

/** The summary a person reads at the end of the ingest. */
export function formatSummary(report: IngestReport): string {
  const { summary } = report;
  const lines = [
    `Ingest: ${summary.files} report entries (files, and records of crawler files) → ${summary.outcomes.page} pages, ${summary.outcomes.duplicate} duplicates, ${summary.outcomes.rejected} rejected${summary.outcomes.metadata ? `, ${summary.outcomes.metadata} metadata files` : ''} (${summary.errors} errors, ${summary.warnings} warnings)`,
  ];
  // Every error, but only the first warnings: a large corpus would otherwise print thousands.
  const problems = report.files.flatMap((f) => f.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ f, d })));
  const shown = [...problems.filter((p) => p.d.severity === 'error').slice(0, MAX_ERRORS_SHOWN), ...problems.filter((p) => p.d.severity === 'warning').slice(0, MAX_WARNINGS_SHOWN)];
  for (const { f, d } of shown) {
    lines.push(`  ${d.severity === 'error' ? '✖' : '⚠'} ${f.path}${d.line ? `:${d.line}` : ''}  ${d.message}  [${d.ruleId}]`, `      fix: ${d.hint}`);
  }
  if (problems.length > shown.length) lines.push(`  … and ${problems.length - shown.length} more: every one is in ingest-report.json (and dist/data/ingest-report.json).`);
  const rules = Object.entries(summary.rules).map(([rule, n]) => `${rule} ×${n}`);
  if (rules.length) lines.push(`  rules: ${rules.join(', ')}`);
  const removed = Object.entries(summary.removedLines).map(([rule, n]) => `${rule} ×${n}`);
  if (removed.length) lines.push(`  lines removed as web furniture: ${removed.join(', ')}`);
  return lines.join('\n');
}
