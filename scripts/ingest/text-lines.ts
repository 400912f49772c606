/**
 * Splits decoded text into numbered lines and paragraphs. Scraped text comes either with one
 * paragraph per line, or hard-wrapped at a fixed width; wrapped lines are joined back so a
 * paragraph is one unit, while keeping the number of the line it started on.
 */

export interface TextLine {
  /** Trimmed text, inner runs of spaces collapsed. */
  text: string;
  /** 1-based line number in the decoded source. */
  line: number;
  /** Whether a blank line (or the start of the file) comes right before it. */
  afterBlank: boolean;
}

const SENTENCE_END = /[.!?:;…"”’')\]]$/;

/**
 * A line that was wrapped by width, not ended by the writer: the next line carries on the
 * sentence (starts in lower case or with a digit), or this one stops at a comma or hyphen.
 * A line ending in a lower-case word before a capitalised line is not enough: a standfirst
 * followed by "By Maria Gonzalez" looks the same.
 */
function continuesOnNextLine(current: string, next: string): boolean {
  if (current.length < 40 || SENTENCE_END.test(current)) return false;
  return /^[\p{Ll}\d]/u.test(next) || /[,;-]$/u.test(current);
}

export function toLines(text: string): TextLine[] {
  const raw = text.split('\n');
  const lines: TextLine[] = [];
  let afterBlank = true;
  for (let i = 0; i < raw.length; i++) {
    const clean = raw[i].replace(/\s+/g, ' ').trim();
    if (clean === '') {
      afterBlank = true;
      continue;
    }
    const previous = lines.at(-1);
    if (previous && !afterBlank && continuesOnNextLine(previous.text, clean)) {
      previous.text = previous.text.endsWith('-') && /^\p{Ll}/u.test(clean)
        ? `${previous.text}${clean}` // a word hyphenated across the wrap
        : `${previous.text} ${clean}`;
    } else {
      lines.push({ text: clean, line: i + 1, afterBlank });
    }
    afterBlank = false;
  }
  return lines;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compares two lines as a reader would: case, quotes and spacing aside. */
export function sameText(a: string, b: string): boolean {
  return normaliseForComparison(a) === normaliseForComparison(b);
}

export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
