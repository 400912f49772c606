/**
 * Problems found in content are data, not exceptions: every stage returns typed diagnostics,
 * the ingest collects them per source file, and the report and exit code are made from them.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable kebab-case rule id, e.g. `encoding-fallback`, `date-missing`. */
  ruleId: string;
  severity: Severity;
  /** What was expected and what was found, quoting the offending value. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** 1-based line of the (decoded) source file, when the problem has a place. */
  line: number | null;
}

export function diagnostic(
  ruleId: string,
  severity: Severity,
  message: string,
  hint: string,
  line: number | null = null,
): Diagnostic {
  return { ruleId, severity, message, hint, line };
}

/** Shortens a quoted value so a report line stays readable. */
export function quote(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
