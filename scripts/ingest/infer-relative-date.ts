/**
 * A publication date written relative to when the page was read ("Published 3 hours ago",
 * "Yesterday", "Updated on Tuesday") is resolved only against a known reference date (the
 * date the page was saved, from crawler metadata or a sidecar's "retrieved"), and then marked
 * inferred, never stated. Without a reference the date stays unknown and the report says why.
 */
import * as chrono from 'chrono-node';
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import type { TextLine } from './text-lines.ts';

const RELATIVE = /^(?:(?:first\s+)?(?:published|posted|updated|last updated|modified)\s*:?\s*(?:on\s+)?)?(today|yesterday|just now|an? (?:minute|hour|day|week) ago|\d{1,3}\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[\s.,·|-]*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\s*$/i;

/** A short header line that gives the date only relative to when it was read. */
export function isRelativeDateLine(text: string): boolean {
  return text.length <= 60 && RELATIVE.test(text.trim());
}

export interface InferredDate {
  date: string | null;
  text: string | null;
  diagnostics: Diagnostic[];
}

/** Resolves the first relative date line against `reference` (YYYY-MM-DD), day precision. */
export function inferPublicationDate(lines: readonly TextLine[], reference: string | null): InferredDate {
  const line = lines.find((l) => isRelativeDateLine(l.text));
  if (!line) return { date: null, text: null, diagnostics: [] };
  if (!reference || reference.length !== 10) {
    return {
      date: null, text: null,
      diagnostics: [diagnostic('date-relative-unresolved', 'info', `the page dates itself ${quote(line.text)}, relative to a day that is not known; the article is listed as undated`, 'Add the date the page was saved in a sidecar NAME.meta.json ({"retrieved": "YYYY-MM-DD"}), or the publication date itself ({"date": "YYYY-MM-DD"}).', line.line)],
    };
  }
  const [y, m, d] = reference.split('-').map(Number);
  // Noon UTC on the reference day: "3 hours ago" stays on that day whatever the clock's zone.
  const parsed = chrono.en.casual.parse(line.text, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 }, { forwardDate: false })[0];
  if (!parsed) return { date: null, text: null, diagnostics: [] };
  const when = parsed.start.date();
  const date = `${when.getUTCFullYear()}-${String(when.getUTCMonth() + 1).padStart(2, '0')}-${String(when.getUTCDate()).padStart(2, '0')}`;
  return {
    date, text: line.text,
    diagnostics: [diagnostic('date-inferred', 'info', `the publication date ${date} was worked out from ${quote(line.text)} and the day the page was saved (${reference}); it is marked inferred`, 'Nothing to do; give the date in a sidecar if you know it exactly.', line.line)],
  };
}
