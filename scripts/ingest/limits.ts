/**
 * Limits that keep one hostile or broken file from exhausting memory or time. A file past the
 * hard size limit is not read at all; past the soft limits the article is cut at a paragraph
 * boundary and still gets a page, and the report says what was cut and how to avoid it.
 */
import { diagnostic, type Diagnostic } from './diagnostics.ts';

export const LIMITS = {
  /** Files larger than this are not read (bytes). */
  maxFileBytes: 20 * 1024 * 1024,
  /** Decoded text kept per article (characters); the rest is cut at a paragraph boundary. */
  maxTextChars: 2 * 1024 * 1024,
  /** A longer line is broken at sentence ends or spaces into lines of at most this length. */
  maxLineChars: 20_000,
  /** Paragraphs kept per article. */
  maxParagraphs: 5_000,
} as const;

export function checkFileSize(bytes: number): Diagnostic | null {
  if (bytes <= LIMITS.maxFileBytes) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return diagnostic('file-too-large', 'error', `expected an article file of at most ${mb(LIMITS.maxFileBytes)}, found ${mb(bytes)}; the file was not read`, 'Split the file into one file per article, or remove it if it is not an article (an archive dump, a PDF saved as text).');
}

/** Breaks an over-long line at sentence ends, else at spaces, else anywhere. */
function breakLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const space = window.lastIndexOf(' ');
    const cut = sentence > max / 2 ? sentence + 1 : space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Applies the text and line limits to decoded text; paragraphs become blank-line separated. */
export function limitText(text: string): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let kept = text;
  if (kept.length > LIMITS.maxTextChars) {
    const boundary = kept.lastIndexOf('\n', LIMITS.maxTextChars);
    kept = kept.slice(0, boundary > LIMITS.maxTextChars / 2 ? boundary : LIMITS.maxTextChars);
    diagnostics.push(diagnostic('article-truncated', 'warning', `the text is ${text.length.toLocaleString('en')} characters long; only the first ${kept.length.toLocaleString('en')} are archived`, 'Check that the file holds one article; split a file that holds several.'));
  }
  const lines = kept.split('\n');
  const long = lines.findIndex((l) => l.length > LIMITS.maxLineChars);
  if (long >= 0) {
    kept = lines.flatMap((l) => (l.length > LIMITS.maxLineChars ? breakLine(l, LIMITS.maxLineChars).join('\n\n') : l)).join('\n');
    diagnostics.push(diagnostic('line-too-long', 'warning', `line ${long + 1} is ${lines[long].length.toLocaleString('en')} characters long (limit ${LIMITS.maxLineChars.toLocaleString('en')}); long lines were broken into paragraphs at sentence ends`, 'Save the article with one paragraph per line; a file on one line often means its line breaks were lost.', long + 1));
  }
  return { text: kept, diagnostics };
}

/** Keeps the first paragraphs of an article that has too many. */
export function limitParagraphs<T>(body: T[]): { body: T[]; diagnostics: Diagnostic[] } {
  if (body.length <= LIMITS.maxParagraphs) return { body, diagnostics: [] };
  return {
    body: body.slice(0, LIMITS.maxParagraphs),
    diagnostics: [diagnostic('too-many-paragraphs', 'warning', `the article has ${body.length.toLocaleString('en')} paragraphs; the first ${LIMITS.maxParagraphs.toLocaleString('en')} are archived`, 'Check that the file holds one article; split a file that holds several.')],
  };
}
