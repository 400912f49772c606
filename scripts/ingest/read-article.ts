/**
 * Reads the layout of a scraped article: which lines are its header (title, kicker, standfirst,
 * byline, date, dateline), which are the story, and which are web furniture. Every line ends up
 * somewhere: in a field, in the body, or in `removed` with the id of the rule that removed it.
 */
import type { BodyBlock } from './article-to-mdx.ts';
import { diagnostic, quote, type Diagnostic } from './diagnostics.ts';
import { parseStatedDate } from './find-publication-date.ts';
import { isSentence, matchLineRule, wordCount, type LineRule } from './line-rules.ts';
import { isBreadcrumb, splitKicker, splitTruncatedBreadcrumb } from './read-title.ts';
import { isRelativeDateLine } from './infer-relative-date.ts';
import { normaliseForComparison, sameText, toLines, type TextLine } from './text-lines.ts';

/** A headline is a line of at most this many words; a longer first line is story text. */
const MAX_HEADLINE_WORDS = 40;
/** A line seen more often than this is content that repeats, not a headline or caption echoed by the page. */
const MAX_ECHOES = 3;

export interface RemovedLine {
  line: number;
  ruleId: string;
  text: string;
}

export interface ArticleParts {
  title: string | null;
  kicker: string | null;
  section: string | null;
  subtitle: string | null;
  authors: string[];
  credits: string[];
  dateline: string | null;
  /** Header lines that state a date, in order, for the date finder. */
  dateLines: TextLine[];
  /** Lines that may name the outlet, with how they name it. */
  outletClues: { text: string; from: string }[];
  captions: string[];
  photoCredits: string[];
  related: string[];
  body: BodyBlock[];
  removed: RemovedLine[];
  diagnostics: Diagnostic[];
}

/** A short line in the header that carries a date: "Published …", "X | 02.10.2020". */
function isDateLine(text: string): boolean {
  if (wordCount(text) > 16 && !/^(published|posted|updated|last updated|date)\b/i.test(text)) return false;
  return parseStatedDate(text) !== null;
}

/** "BAKU:" or "BAKU, Azerbaijan" alone on a line. */
const STANDALONE_DATELINE = /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3})(,\s*\p{Lu}[\p{L}.' -]{1,40})?\s*[:–—-]?$/u;
/** "BAKU, Sept 30 (Reuters) - " at the start of the first paragraph. */
const INLINE_DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3})(,\s*\p{Lu}[\p{L}.' ]{1,40}?)?(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*(?:\(([^)]{1,40})\))?\s*[–—:-]\s+\S/u;

/** A byline that names people: "Ruslan Rehimov" in "Ruslan Rehimov | 02.10.2020". */
function namesInByline(text: string): string[] {
  return text
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((part) => part.trim())
    .filter((part) => /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(part));
}

export function readArticle(text: string): ArticleParts {
  const parts: ArticleParts = {
    title: null, kicker: null, section: null, subtitle: null, authors: [], credits: [], dateline: null,
    dateLines: [], outletClues: [], captions: [], photoCredits: [], related: [], body: [], removed: [], diagnostics: [],
  };
  const lines = toLines(text);
  const remove = (l: TextLine, ruleId: string) => parts.removed.push({ line: l.line, ruleId, text: l.text });
  let i = 0;

  // 1. Navigation and breadcrumbs before the title.
  for (; i < lines.length; i++) {
    const rule = matchLineRule(lines[i].text);
    if (rule?.role === 'furniture') remove(lines[i], rule.id);
    else if (isBreadcrumb(lines[i].text)) {
      parts.section ??= lines[i].text.split(/\s*[,>»|/]\s*/).at(-1) ?? null;
      remove(lines[i], 'breadcrumb');
    } else {
      const truncated = splitTruncatedBreadcrumb(lines[i].text, lines[i + 1]?.text ?? '');
      if (!truncated) break;
      parts.section ??= truncated.section;
      remove(lines[i], 'breadcrumb-truncated');
    }
  }
  if (i >= lines.length) {
    parts.diagnostics.push(diagnostic('no-text', 'error', 'expected a title and story text, found only web furniture', 'Check that the file holds the article text, not only the page around it.'));
    return parts;
  }
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = normaliseForComparison(l.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const echoed = (text: string) => (counts.get(normaliseForComparison(text)) ?? 0) <= MAX_ECHOES;
  if (wordCount(lines[i].text) > MAX_HEADLINE_WORDS) {
    // No headline line (a file saved as one block of text): the page shows the opening words.
    parts.title = `${lines[i].text.split(/\s+/).slice(0, 12).join(' ')}…`;
    parts.diagnostics.push(diagnostic('headline-missing', 'warning', `expected a headline on the first line, found ${wordCount(lines[i].text)} words of text; the page is titled with the opening words`, 'Put the headline on the first line of the file, or give it in a sidecar NAME.meta.json ({"title": "…"}).', lines[i].line));
    readBody(parts, lines, i, echoed);
    return finish(parts, lines[i]);
  }
  const { kicker, title } = splitKicker(lines[i].text);
  parts.kicker = kicker;
  parts.title = title;
  const titleLine = lines[i++];

  // 2. The header: everything between the title and the first paragraph of the story.
  for (; i < lines.length; i++) {
    const l = lines[i];
    const rule = matchLineRule(l.text);
    if (rule && handleRuleLine(parts, l, rule)) continue;
    if (sameText(l.text, titleLine.text) || (parts.title && sameText(l.text, parts.title))) { remove(l, 'repeated-headline'); continue; }
    if (parts.subtitle && sameText(l.text, parts.subtitle)) { remove(l, 'repeated-standfirst'); continue; }
    if (isRelativeDateLine(l.text)) { parts.dateLines.push(l); continue; }
    if (isDateLine(l.text)) {
      parts.dateLines.push(l);
      const [who] = l.text.split('|');
      if (l.text.includes('|')) parts.authors.push(...namesInByline(who));
      continue;
    }
    const dateline = STANDALONE_DATELINE.exec(l.text);
    if (dateline && wordCount(l.text) <= 6) { parts.dateline = l.text.replace(/\s*[:–—-]$/, ''); continue; }
    const next = lines[i + 1];
    if (next && !next.afterBlank && matchLineRule(next.text)?.role === 'photo-credit') { parts.captions.push(l.text); continue; }
    if (parts.subtitle === null && parts.body.length === 0 && echoed(l.text) && isStandfirst(lines, i)) { parts.subtitle = l.text; continue; }
    if (!isSentence(l.text) && wordCount(l.text) <= 6) { parts.outletClues.push({ text: l.text, from: 'header' }); remove(l, 'header-fragment'); continue; }
    break;
  }

  // 3. The story, with the furniture that interrupts it.
  readBody(parts, lines, i, echoed);
  return finish(parts, titleLine);
}

function readBody(parts: ArticleParts, lines: TextLine[], start: number, echoed: (text: string) => boolean): void {
  const remove = (l: TextLine, ruleId: string) => parts.removed.push({ line: l.line, ruleId, text: l.text });
  const lastSentence = lines.findLastIndex((l) => isSentence(l.text) && !matchLineRule(l.text));
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    const rule = matchLineRule(l.text);
    if (rule && handleRuleLine(parts, l, rule)) continue;
    const repeats = [parts.title, parts.subtitle, ...parts.captions].some((t) => t && sameText(l.text, t));
    if (repeats && echoed(l.text)) { remove(l, 'repeated-caption'); continue; }
    const next = lines[i + 1];
    if (next && !next.afterBlank && matchLineRule(next.text)?.role === 'photo-credit') { parts.captions.push(l.text); continue; }
    if (parts.body.length === 0) {
      const inline = INLINE_DATELINE.exec(l.text);
      if (inline) {
        parts.dateline ??= `${inline[1]}${inline[2] ?? ''}`;
        if (inline[3]) parts.outletClues.push({ text: inline[3], from: 'wire-dateline' });
      }
    }
    if (!isSentence(l.text) && wordCount(l.text) <= 12 && !/[.!?]$/.test(l.text)) {
      if (i > lastSentence) { remove(l, 'trailing-fragment'); continue; }
      parts.body.push({ kind: 'subheading', text: l.text });
      continue;
    }
    parts.body.push({ kind: 'paragraph', text: l.text });
  }
}

function finish(parts: ArticleParts, titleLine: TextLine): ArticleParts {
  if (parts.body.length === 0) {
    parts.diagnostics.push(diagnostic('no-body', 'error', `found the title ${quote(parts.title ?? "")} but no story text after it`, 'Check that the file holds the whole article; a headline alone is not archived.', titleLine.line));
  }
  for (const r of parts.removed) {
    if (r.ruleId === 'trailing-fragment' || r.ruleId === 'header-fragment') {
      parts.diagnostics.push(diagnostic(r.ruleId, 'info', `removed the short line ${quote(r.text)} as web furniture`, 'If this line is part of the story, report it so the rule can be corrected.', r.line));
    }
  }
  return parts;
}

/** Files a line that a furniture rule matched; false when the rule gives it no special place. */
function handleRuleLine(parts: ArticleParts, l: TextLine, rule: LineRule): boolean {
  const removed = { line: l.line, ruleId: rule.id, text: l.text };
  switch (rule.role) {
    case 'furniture': parts.removed.push(removed); return true;
    case 'related': parts.related.push(l.text.replace(/^[^:|»>–—-]+[:|»>–—-]\s*/, '')); parts.removed.push(removed); return true;
    case 'photo-credit': parts.photoCredits.push(l.text); parts.outletClues.push({ text: l.text, from: 'photo-credit' }); return true;
    case 'source-credit': parts.outletClues.push({ text: l.text.replace(/^[^:–—-]+[:–—-]\s*/, ''), from: 'source-credit' }); parts.removed.push(removed); return true;
    case 'credit': parts.credits.push(l.text.replace(/^[*•(]\s*/, '').replace(/\)$/, '')); return true;
    case 'byline': parts.authors.push(...namesInByline(l.text)); return true;
    case 'disclaimer': parts.outletClues.push({ text: l.text, from: 'footer' }); parts.removed.push(removed); return true;
  }
}

/**
 * The line after the title is a standfirst, not the lede, when it does not read as a finished
 * sentence, when header lines (date, byline, photo credit, dateline) follow it, or when the page
 * repeats it as a caption further down.
 */
function isStandfirst(lines: TextLine[], index: number): boolean {
  const candidate = lines[index].text;
  if (wordCount(candidate) < 4) return false;
  if (!/[.!?]["”’']?$/.test(candidate)) return true;
  if (lines.slice(index + 1).some((l) => sameText(l.text, candidate))) return true;
  for (let k = index + 1; k < Math.min(lines.length, index + 6); k++) {
    const l = lines[k];
    const rule = matchLineRule(l.text);
    const after = lines[k + 1];
    if (after && !after.afterBlank && matchLineRule(after.text)?.role === 'photo-credit') return true;
    if (rule && rule.role !== 'related' && rule.role !== 'disclaimer') return true;
    if (isDateLine(l.text) || STANDALONE_DATELINE.test(l.text)) return true;
    if (isSentence(l.text)) return false;
  }
  return false;
}
