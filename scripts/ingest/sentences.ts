/**
 * Sentence spans of a paragraph, for showing a mention "in context". Intl.Segmenter (built into
 * Node, no dictionary to ship) does the splitting; it breaks after abbreviations such as "Mr."
 * and "Gen.", so a break after a known abbreviation or an initial, or before a lower-case
 * word, is undone.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|gen|col|lt|sgt|capt|maj|adm|cmdr|st|sen|rep|gov|pres|jr|sr|no|vs|etc|inc|ltd|co|corp|dept|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[\p{Lu}](?:\.[\p{Lu}])*)\.\s*$/iu;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let joinNext = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const last = spans.at(-1);
    if (last && (joinNext || /^\s*[\p{Ll}\d]/u.test(segment))) last.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
    joinNext = ABBREVIATION.test(segment);
  }
  // Trailing spaces belong to no sentence.
  for (const span of spans) while (span.end > span.start && /\s/.test(text[span.end - 1])) span.end -= 1;
  return spans;
}

/** The sentence around an offset (the whole text when the offset is outside every sentence). */
export function sentenceAt(text: string, offset: number, spans = sentenceSpans(text)): SentenceSpan {
  return spans.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: text.length };
}
