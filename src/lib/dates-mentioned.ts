/**
 * The index of dates the stories mention (event dates), apart from publication dates: years →
 * months → the mentions, each with its sentence and paragraph. Read from the files the ingest
 * writes (`scripts/ingest/write-indexes.ts`); the pages of a year are built in turn.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatesMentionedSummary, DatesMentionedYear } from '../../scripts/ingest/write-indexes.ts';
import { keepRecent } from './keep-recent.ts';
import { workDir, workFiles } from './paths.ts';

export type MentionedDate = DatesMentionedYear[number];
export type { DatesMentionedSummary };

/** Mentions per page of a month (a month of a long war can be named thousands of times). */
export const MENTIONS_PAGE_SIZE = 200;

export interface MentionedPage {
  /** [] for the index, [year], [year, month] or [year, month, page]. */
  segments: string[];
  year?: string;
  month?: string;
  page: number;
  lastPage: number;
}

export async function getDatesMentionedSummary(): Promise<DatesMentionedSummary> {
  return JSON.parse(await readFile(workFiles(workDir()).datesMentionedSummary, 'utf8').catch(() => '{}')) as DatesMentionedSummary;
}

export const getDatesMentioned: (year: string) => Promise<DatesMentionedYear> = keepRecent(1, async (year) =>
  JSON.parse(await readFile(path.join(workFiles(workDir()).datesMentioned, `${year}.json`), 'utf8')) as DatesMentionedYear,
);

/** Every page of the index: the index, each year, each month (and its further pages). */
export function mentionedPages(summary: DatesMentionedSummary): MentionedPage[] {
  const pages: MentionedPage[] = [{ segments: [], page: 1, lastPage: 1 }];
  for (const [year, { months }] of Object.entries(summary).sort(([a], [b]) => (a < b ? 1 : -1))) {
    pages.push({ segments: [year], year, page: 1, lastPage: 1 });
    for (const [month, count] of Object.entries(months).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const lastPage = Math.max(1, Math.ceil(count / MENTIONS_PAGE_SIZE));
      for (let page = 1; page <= lastPage; page++) {
        pages.push({ segments: page === 1 ? [year, month] : [year, month, String(page)], year, month, page, lastPage });
      }
    }
  }
  return pages;
}

export function mentionedUrl(segments: readonly string[]): string {
  return segments.length === 0 ? '/dates/mentioned/' : `/dates/mentioned/${segments.join('/')}/`;
}

/** A year's mentions by month ('' for the year alone), split once per list: a year has a page per 200 of them. */
const byMonth = new WeakMap<DatesMentionedYear, Map<string, DatesMentionedYear>>();

function monthsOf(list: DatesMentionedYear): Map<string, DatesMentionedYear> {
  let months = byMonth.get(list);
  if (!months) {
    months = Map.groupBy(list, (d) => (d.date.length === 4 ? '' : d.date.slice(5, 7)));
    byMonth.set(list, months);
  }
  return months;
}

/** The mentions a page shows: a year page those of the year alone, a month page its slice. */
export function mentionsOnPage(list: DatesMentionedYear, page: MentionedPage): DatesMentionedYear {
  const months = monthsOf(list);
  if (!page.month) return months.get('') ?? [];
  return (months.get(page.month) ?? []).slice((page.page - 1) * MENTIONS_PAGE_SIZE, page.page * MENTIONS_PAGE_SIZE);
}

/** The page listing a mentioned date: its month's page, or its year's for a year alone. */
export function mentionedDateUrl(date: string): string {
  return mentionedUrl(date.length === 4 ? [date] : [date.slice(0, 4), date.slice(5, 7)]);
}
