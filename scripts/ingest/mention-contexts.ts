/**
 * Where an article names each entity, as a reader sees it: the paragraph anchor to link to and
 * the sentence around the mention, with the mention's offsets in that sentence for marking it.
 * The entity pages list these under each article, so a researcher can check every index entry
 * against the words of the source.
 */
import type { BodyBlock } from './article-to-mdx.ts';
import type { EventDate } from './find-event-dates.ts';
import type { MentionAt, Statement } from './find-statements.ts';
import { anchorBody } from './paragraph-anchors.ts';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentences.ts';

export interface InContext {
  /** Paragraph anchor (`p-…`) and its number, or null for a subheading. */
  anchor: string | null;
  n: number | null;
  sentence: string;
  /** The mention within `sentence`. */
  start: number;
  end: number;
}

export interface EntityInArticle {
  /** How many times the body names the entity. */
  total: number;
  /** The first mentions, one per sentence, at most `MAX_CONTEXTS`. */
  contexts: InContext[];
}

export interface StatementInArticle {
  anchor: string | null;
  n: number | null;
  sentence: string;
  quote: string | null;
  cue: string;
}

export interface DateInArticle extends InContext {
  date: string;
  certainty: EventDate['certainty'];
  text: string;
}

export const MAX_CONTEXTS = 3;
/** Longer sentences are cut around the mention, so a run-on paragraph does not fill the page. */
const MAX_SENTENCE = 320;

/** Locates blocks, their anchors and their sentences once per article. */
export function articleLocator(body: readonly BodyBlock[]) {
  const anchored = anchorBody(body);
  const sentences = new Map<number, SentenceSpan[]>();
  const spansOf = (block: number) => {
    let spans = sentences.get(block);
    if (!spans) sentences.set(block, (spans = sentenceSpans(body[block].text)));
    return spans;
  };
  return {
    /** The sentence around `start..end` in `block`, cut to a readable length around the words. */
    at(block: number, start: number, end: number): InContext {
      const text = body[block].text;
      const sentence = sentenceAt(text, start, spansOf(block));
      let from = sentence.start;
      let to = Math.max(sentence.end, end);
      if (to - from > MAX_SENTENCE) {
        from = Math.max(from, text.lastIndexOf(' ', Math.max(from, start - MAX_SENTENCE / 2)) + 1);
        to = Math.min(to, Math.max(end, from + MAX_SENTENCE));
        const space = text.lastIndexOf(' ', to);
        if (space > end) to = space;
      }
      const lead = from > sentence.start ? '… ' : '';
      const tail = to < sentence.end ? ' …' : '';
      return {
        anchor: anchored[block].anchor ?? null,
        n: anchored[block].n ?? null,
        sentence: `${lead}${text.slice(from, to)}${tail}`,
        start: start - from + lead.length,
        end: end - from + lead.length,
      };
    },
    anchorOf(block: number) {
      return { anchor: anchored[block].anchor ?? null, n: anchored[block].n ?? null };
    },
  };
}

/**
 * Per entity key: how often the body names it, and the first mentions in context. An entity
 * named only in the headline or standfirst (`head`: those texts and their mentions) gets that
 * line as its context, without a paragraph anchor.
 */
export function entityContexts(
  body: readonly BodyBlock[],
  mentions: readonly MentionAt[],
  locate = articleLocator(body),
  head: { texts: readonly string[]; mentions: readonly MentionAt[] } = { texts: [], mentions: [] },
): Map<string, EntityInArticle> {
  const out = new Map<string, EntityInArticle>();
  for (const m of head.mentions) {
    const text = head.texts[m.block];
    if (text === undefined || out.has(m.key)) continue;
    out.set(m.key, { total: 0, contexts: [{ anchor: null, n: null, sentence: text, start: m.start, end: m.end }] });
  }
  for (const m of mentions) {
    if (!body[m.block]) continue;
    const entry = out.get(m.key) ?? { total: 0, contexts: [] };
    entry.total += 1;
    if (entry.contexts.length < MAX_CONTEXTS) {
      const context = locate.at(m.block, m.start, m.end);
      if (!entry.contexts.some((c) => c.anchor === context.anchor && c.sentence === context.sentence)) entry.contexts.push(context);
    }
    out.set(m.key, entry);
  }
  return out;
}

export function statementsInArticle(body: readonly BodyBlock[], statements: readonly Statement[], locate = articleLocator(body)): Map<string, StatementInArticle[]> {
  const out = new Map<string, StatementInArticle[]>();
  for (const s of statements) {
    if (!body[s.block]) continue;
    const list = out.get(s.key) ?? [];
    list.push({ ...locate.anchorOf(s.block), sentence: s.sentence, quote: s.quote, cue: s.cue });
    out.set(s.key, list);
  }
  return out;
}

export function datesInArticle(body: readonly BodyBlock[], dates: readonly EventDate[], locate = articleLocator(body)): DateInArticle[] {
  return dates.filter((d) => body[d.block]).map((d) => ({ ...locate.at(d.block, d.start, d.start + d.text.length), date: d.date, certainty: d.certainty, text: d.text }));
}

/** The first mention of each entity in the body: the ones the page links to the entity's page. */
export function firstMentions(mentions: readonly MentionAt[]): MentionAt[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.key) && seen.add(m.key));
}
