/**
 * Raw bytes of a scraped article → clean Unicode text. Scraped files arrive in whatever encoding
 * the scraper or editor produced and carry invisible characters from the web page; later stages
 * (line layout, date parsing, search) assume plain NFC text with LF line endings.
 */
import { diagnostic, type Diagnostic } from './diagnostics.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** Decoded, normalised text ('' when the file must be skipped). */
  text: string;
  encoding: SourceEncoding;
  hadBom: boolean;
  diagnostics: Diagnostic[];
}

const SAMPLE = 8192;
const EMPTY_HINT = 'Remove the empty file from the corpus, or check that the scraper saved the article body.';
const BINARY_HINT = 'This does not look like a text file; remove it from the corpus or convert it to text.';

// Each rule: characters, how to name them in the report, what they become ('' = removed).
// ZWNJ (U+200C) and ZWJ (U+200D) are deliberately absent: Persian, Indic scripts and emoji need them.
const RULES: Array<[RegExp, string, string]> = [
  [/[\u2028\u2029]/, 'line/paragraph separator', '\n'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/, 'non-breaking or special space', ' '],
  [/\p{Cc}/u, 'control character', ''], // \n and \t never reach this (see normalise)
  [/\u200B/, 'zero-width space', ''],
  [/\u2060/, 'word joiner', ''],
  [/\uFEFF/, 'stray byte order mark', ''],
  [/\u00AD/, 'soft hyphen', ''],
  [/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/, 'bidi control', ''],
];
const SPECIAL = /[\p{Cc}\u00A0\u00AD\u2000-\u200B\u200E\u200F\u2028-\u202F\u205F\u2060\u2066-\u2069\u3000\uFEFF]/gu;

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return decode(bytes);
  } catch (error) {
    // Pathological input must not abort the whole ingest: report it and let the caller skip the file.
    const message = `the file could not be decoded: ${error instanceof Error ? error.message : String(error)}`;
    return { text: '', encoding: 'utf-8', hadBom: false, diagnostics: [diagnostic('decode-failed', 'error', message, BINARY_HINT)] };
  }
}

function decode(bytes: Uint8Array): DecodedText {
  const result = (encoding: SourceEncoding, hadBom: boolean, text = '', diagnostics: Diagnostic[] = []): DecodedText =>
    ({ text, encoding, hadBom, diagnostics });
  if (bytes.length === 0) return result('utf-8', false, '', [diagnostic('empty-file', 'error', 'the file is empty (0 bytes)', EMPTY_HINT)]);

  let encoding: SourceEncoding = 'utf-8';
  let hadBom = true;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else [encoding, hadBom] = [sniffUtf16(bytes) ?? 'utf-8', false];

  const diagnostics: Diagnostic[] = [];
  let raw: string;
  if (encoding !== 'utf-8') {
    // Non-fatal: a lone surrogate or odd trailing byte becomes U+FFFD rather than losing the file.
    raw = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const binary = binaryCheck(raw.length, (i) => raw.charCodeAt(i), 'UTF-16 characters');
    if (binary) return result(encoding, hadBom, '', [binary]);
    diagnostics.push(diagnostic('encoding-detected', 'info', `the file is ${encoding.toUpperCase()}${hadBom ? ' (with byte order mark)' : ' (detected without a byte order mark)'}; it was converted to UTF-8`, 'Nothing to do; saving the file as UTF-8 avoids the guesswork.'));
  } else {
    const binary = binaryCheck(body.length, (i) => body[i], 'bytes');
    if (binary) return result(encoding, hadBom, '', [binary]);
    try {
      raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      // Most non-UTF-8 scraped text is Windows-1252/Latin-1; every byte sequence is valid in it.
      encoding = 'windows-1252';
      raw = new TextDecoder('windows-1252').decode(body);
      const offset = firstInvalidUtf8(body);
      const line = raw.slice(0, offset).match(/\r\n?|\n/g)?.length ?? 0;
      const byte = `0x${(body[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      diagnostics.push(diagnostic('encoding-fallback', 'warning', `the file is not valid UTF-8 (first invalid byte ${byte} at offset ${offset + (hadBom ? 3 : 0)}); it was read as Windows-1252`, 'Save the file as UTF-8, or check that accented letters read correctly on the page.', line + 1));
    }
  }

  const { text, counts } = normalise(raw);
  if (text.trim() === '') {
    return result(encoding, hadBom, '', [diagnostic('empty-file', 'error', `the file contains only whitespace or invisible characters (${bytes.length} bytes)`, EMPTY_HINT)]);
  }
  const summary = (verb: string, pick: (replacement: string) => boolean): string[] => {
    const parts = RULES.filter(([, label, to]) => pick(to) && counts.get(label)).map(([, label]) => `${counts.get(label)} ${label}${counts.get(label) === 1 ? '' : 's'}`);
    return parts.length ? [`${verb} ${parts.join(', ')}`] : [];
  };
  const parts = [...summary('removed', (to) => to === ''), ...summary('replaced', (to) => to !== '')];
  if (parts.length) diagnostics.push(diagnostic('invisible-characters-removed', 'info', parts.join('; '), 'Nothing to do unless text looks wrong; these characters are invisible in the source.'));
  return result(encoding, hadBom, text, diagnostics);
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte (odd → LE, even → BE). */
function sniffUtf16(bytes: Uint8Array): SourceEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  let [even, odd] = [0, 0];
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (pairs === 0) return null;
  if (odd >= pairs * 0.6 && even <= pairs * 0.1) return 'utf-16le';
  if (even >= pairs * 0.6 && odd <= pairs * 0.1) return 'utf-16be';
  return null;
}

/**
 * More than a stray NUL (over 1 in 1,000 units, or more than 8), or >10% C0 controls (other than
 * \t \n \f \r) in the first 8 KB, mean not text. Scraped text does carry the odd stray NUL;
 * that one is removed with the other control characters and reported, not a reason to reject.
 */
function binaryCheck(length: number, at: (i: number) => number, unit: string): Diagnostic | null {
  const sample = Math.min(length, SAMPLE);
  let [nul, control] = [0, 0];
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === 0) nul++;
    else if (i < sample && c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) control++;
  }
  if (nul <= Math.max(1, Math.min(8, length / 1000)) && control <= sample * 0.1) return null;
  return diagnostic('binary-file', 'error', `found ${nul} NUL ${unit} in the whole file (${length} ${unit}) and ${control} other control ${unit} in the first ${sample} ${unit}; expected text`, BINARY_HINT);
}

/** Byte offset of the first invalid UTF-8 sequence: the first U+FFFD the lenient decoder invents. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let [offset, from] = [0, 0];
  for (let i = lenient.indexOf('\uFFFD'); i >= 0; i = lenient.indexOf('\uFFFD', i + 1)) {
    offset += encoder.encode(lenient.slice(from, i)).length; // valid text before it round-trips byte for byte
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    [offset, from] = [offset + 3, i + 1]; // a genuine U+FFFD in the source
  }
  return 0;
}

function normalise(raw: string): { text: string; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const text = raw
    .replace(/\r\n?/g, '\n') // Windows and old Mac line endings are normal, not worth reporting
    .replace(/\t/g, ' ')
    .replace(SPECIAL, (ch) => {
      if (ch === '\n') return ch;
      const [, label, to] = RULES.find(([re]) => re.test(ch)) ?? [null, 'control character', ''];
      counts.set(label, (counts.get(label) ?? 0) + 1);
      return to;
    })
    .replace(/ +$/gm, '') // trailing spaces carry no meaning and confuse later diffs
    .normalize('NFC');
  return { text, counts };
}
