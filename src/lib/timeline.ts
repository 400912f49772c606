/**
 * Articles per month as bars of a small SVG chart: counts from dates, then bar geometry in a
 * fixed coordinate box that the page stretches to its width. Year labels are placed as
 * percentages of the width so the text keeps its size on a phone.
 */
import { formatPartialDate } from './dates.ts';

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

export interface MonthlyCounts {
  /** Every month from the first to the last with an article (at least one calendar year), gaps as 0. */
  months: MonthCount[];
  /** Dated to the year only: not on any month's bar. */
  yearOnly: number;
  undated: number;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export function countByMonth(dates: Iterable<string | null>): MonthlyCounts {
  const counts = new Map<number, number>();
  let yearOnly = 0;
  let undated = 0;
  for (const date of dates) {
    if (date === null) undated++;
    else if (date.length < 7) yearOnly++;
    else counts.set(monthIndex(date), (counts.get(monthIndex(date)) ?? 0) + 1);
  }
  if (counts.size === 0) return { months: [], yearOnly, undated };
  let first = Math.min(...counts.keys());
  let last = Math.max(...counts.keys());
  // Less than a year of bars would stretch one month across the chart: show whole calendar years.
  if (last - first < 11) {
    first -= first % 12;
    last = Math.max(last + (11 - (last % 12)), first + 11);
  }
  const months: MonthCount[] = [];
  for (let i = first; i <= last; i++) months.push({ month: monthOf(i), count: counts.get(i) ?? 0 });
  return { months, yearOnly, undated };
}

export interface TimelineBar extends MonthCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineLabel {
  text: string;
  /** Percent of the chart's width. */
  at: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineChart {
  /** The box the bars are drawn in (`viewBox="0 0 width height"`). */
  width: number;
  height: number;
  bars: TimelineBar[];
  labels: TimelineLabel[];
  max: number;
}

/** Year labels closer than this (percent of the width) to another are dropped; the end labels ("Sep 2020") are wider. */
const LABEL_GAP = 12;
const END_GAP = 18;
const round = (n: number) => Math.round(n * 10) / 10;

export function timelineChart(months: readonly MonthCount[], width = 600, height = 80): TimelineChart {
  const max = Math.max(0, ...months.map((m) => m.count));
  const step = months.length ? width / months.length : width;
  const gap = step > 3 ? step * 0.15 : 0;
  const bars = months
    .map((m, i) => {
      // A month with one article stays visible however busy the busiest month was.
      const h = m.count === 0 ? 0 : Math.max(2, (m.count / max) * height);
      return { ...m, x: round(i * step + gap / 2), y: round(height - h), width: round(step - gap), height: round(h) };
    })
    .filter((b) => b.count > 0);
  return { width, height, bars, labels: timelineLabels(months), max };
}

/**
 * Up to two years: the first and last month at the ends, and January of a new year between.
 * Longer: each year under the middle of its bars. Labels that would crowd another are dropped.
 */
function timelineLabels(months: readonly MonthCount[]): TimelineLabel[] {
  if (months.length === 0) return [];
  const at = (i: number) => round((i / months.length) * 100);
  if (months.length > 24) {
    const years = new Map<string, number[]>();
    months.forEach((m, i) => years.set(m.month.slice(0, 4), [...(years.get(m.month.slice(0, 4)) ?? []), i]));
    const labels = [...years].map(([year, indices]) => ({ text: year, at: at((indices[0] + indices.at(-1)! + 1) / 2), anchor: 'middle' as const }));
    return thin(labels);
  }
  const short = (month: string) => `${formatPartialDate(month).slice(0, 3)} ${month.slice(0, 4)}`;
  const first: TimelineLabel = { text: short(months[0].month), at: 0, anchor: 'start' };
  const last: TimelineLabel = { text: short(months.at(-1)!.month), at: 100, anchor: 'end' };
  const years = months
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => i > 0 && m.month.endsWith('-01'))
    .map(({ m, i }) => ({ text: m.month.slice(0, 4), at: at(i), anchor: 'middle' as const }))
    .filter((l) => l.at >= END_GAP && 100 - l.at >= END_GAP);
  return [first, ...thin(years), last];
}

/** Keeps labels at least LABEL_GAP apart, left to right. */
function thin(labels: readonly TimelineLabel[]): TimelineLabel[] {
  const kept: TimelineLabel[] = [];
  for (const label of labels) if (!kept.length || label.at - kept.at(-1)!.at >= LABEL_GAP) kept.push(label);
  return kept;
}

/** One sentence for screen readers and the figure's caption: range, total, busiest month. */
export function describeCounts({ months, yearOnly, undated }: MonthlyCounts): string {
  const total = months.reduce((sum, m) => sum + m.count, 0);
  const parts: string[] = [];
  if (total > 0) {
    const dated = months.filter((m) => m.count > 0);
    const busiest = dated.reduce((a, b) => (b.count > a.count ? b : a));
    const ties = dated.filter((m) => m.count === busiest.count).length;
    const peak = ties > 1 ? `at most ${busiest.count} in a month` : `most in ${formatPartialDate(busiest.month)} (${busiest.count})`;
    parts.push(`${total} ${total === 1 ? 'article' : 'articles'} dated to the month, from ${formatPartialDate(dated[0].month)} to ${formatPartialDate(dated.at(-1)!.month)}; ${peak}`);
  } else parts.push('No article dated to the month');
  if (yearOnly > 0) parts.push(`${yearOnly} dated to the year only`);
  if (undated > 0) parts.push(`${undated} undated`);
  return `${parts.join('; ')}.`;
}
