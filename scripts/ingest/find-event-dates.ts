/**
 * Dates an article's story mentions (event dates), kept apart from its publication date.
 *
 * chrono-node reads the date phrases; this module decides what a researcher may rely on:
 * - a phrase that names its year ("10 November 2020", "May 1994", "in 1994") is `stated`;
 * - a phrase without one ("Sept. 27", "on Tuesday", "yesterday", "next month") is resolved
 *   only against a publication date known to the day, and is `inferred`; without such a date
 *   it is left out (and counted, so the report can say so);
 * - vague spans ("last week", "recently"), times of day and ranges of years are left out.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from './find-publication-date.ts';

export interface EventDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision the phrase gives. */
  date: string;
  certainty: 'stated' | 'inferred';
  /** The phrase as written. */
  text: string;
  /** Index of the text block (paragraph) and offset of the phrase in it. */
  block: number;
  start: number;
}

export interface EventDates {
  dates: EventDate[];
  /** Phrases that need a publication date to mean a day, in an article without one. */
  unresolved: string[];
}

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const RELATIVE_DAY = /\b(?:today|yesterday|tomorrow|tonight|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:days?\s+(?:ago|later|earlier))?\b/i;
const VAGUE = /\b(?:weeks?|weekend|recently|soon|now|ago)\b/i;
const NAMES_YEAR = /\b(?:1[89]|20)\d\d\b/;
const ISO_LIKE = /\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b/;
/** A bare year after a preposition ("in 1994", "since 2016"): chrono does not read these. */
const BARE_YEAR = /\b(?:in|since|until|till|by|from|during|before|after|early|late|mid-)\s*((?:1[89]|20)\d\d)\b(?![-–]\d|s\b|\d)/giu;

const FUTURE = /\b(?:will|shall|is to|are to|next|plans?|planned|expected|scheduled|due to)\b/i;
const pad = (n: number) => String(n).padStart(2, '0');

function precisionOf(result: chrono.ParsedResult, text: string): 'year' | 'month' | 'day' | null {
  const c = result.start;
  if (/\bmonth\b/i.test(text)) return 'month';
  if (/\byear\b/i.test(text)) return 'year';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/** Whether a chrono match is a date a reader would count, not a time, a count or a vague span. */
function isDatePhrase(text: string): boolean {
  // "he sat", "the sun": a lower-case weekday abbreviation is a word, not a day.
  if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(text)) return false;
  if (/\b(?:last|next|this|past|coming)\s+(?:week|weekend)\b/i.test(text)) return false;
  if (MONTH.test(text) || WEEKDAY.test(text) || NAMES_YEAR.test(text) || ISO_LIKE.test(text)) return true;
  if (/\b(?:today|yesterday|tomorrow|tonight)\b/i.test(text)) return true;
  if (/\b(?:last|next|this)\s+(?:month|year)\b/i.test(text)) return true;
  return RELATIVE_DAY.test(text) && /\bdays?\s+(?:ago|later|earlier)\b/i.test(text) && !VAGUE.test(text.replace(/\bago\b/i, ''));
}

/**
 * @param blocks   the story's text blocks (paragraphs, subheadings)
 * @param published the publication date and its precision, the reference for relative phrases
 */
export function findEventDates(blocks: readonly string[], published: PartialDate | null): EventDates {
  const reference = published?.precision === 'day' ? new Date(`${published.date}T12:00:00Z`) : null;
  const dates: EventDate[] = [];
  const unresolved: string[] = [];
  for (const [block, text] of blocks.entries()) {
    const taken: [number, number][] = [];
    const results = chrono.parse(text, { instant: reference ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
    for (const result of results) {
      const phrase = result.text.replace(/^(?:on|in|at|from|since|by)\s+/i, '').replace(/[\s,;:]+$/u, '');
      const start = result.index + result.text.indexOf(phrase);
      if (!isDatePhrase(phrase) || /\b(?:1[89]|20)\d\d\s*[-–]\s*(?:1[89]|20)?\d\d\b/.test(phrase)) continue;
      const precision = precisionOf(result, phrase);
      if (!precision) continue;
      const stated = NAMES_YEAR.test(phrase) || (ISO_LIKE.test(phrase) && result.start.isCertain('year'));
      if (!stated && !reference) {
        unresolved.push(phrase);
        continue;
      }
      const c = result.start;
      let day = c.date();
      // A bare weekday after the publication day means the past one, unless the text speaks of the future.
      if (reference && !c.isCertain('day') && c.isCertain('weekday') && day > reference && !FUTURE.test(text)) day = new Date(day.getTime() - 7 * 86_400_000);
      const year = day.getUTCFullYear();
      const month = pad(day.getUTCMonth() + 1);
      const date = precision === 'year' ? String(c.get('year')) : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${pad(day.getUTCDate())}`;
      dates.push({ date, certainty: stated ? 'stated' : 'inferred', text: phrase, block, start });
      taken.push([start, start + phrase.length]);
    }
    for (const match of text.matchAll(BARE_YEAR)) {
      const start = match.index + match[0].length - match[1].length;
      if (taken.some(([s, e]) => start < e && start + 4 > s)) continue;
      dates.push({ date: match[1], certainty: 'stated', text: match[1], block, start });
    }
  }
  dates.sort((a, b) => a.block - b.block || a.start - b.start);
  return { dates, unresolved };
}
