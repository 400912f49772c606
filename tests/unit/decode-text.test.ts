import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeText } from '../../scripts/ingest/decode-text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Manual UTF-16 encoding of a JS string (code units), optionally with a BOM. */
function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return new Uint8Array(out);
}

const ruleIds = (bytes: Uint8Array): string[] => decodeText(bytes).diagnostics.map((d) => d.ruleId);
// Controls that must never survive: every C0/C1 control except \n, plus DEL.
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\r]/;

describe('decodeText: encodings', () => {
  it('leaves plain UTF-8 unchanged with no diagnostics', () => {
    const text = 'Kyiv, 24 February 2022 — Ümit said “hello”.\nSecond line.\n';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', hadBom: false, diagnostics: [] });
  });

  it('strips a UTF-8 BOM', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello é')]));
    expect(result).toMatchObject({ text: 'Hello é', encoding: 'utf-8', hadBom: true, diagnostics: [] });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM and reports the encoding', () => {
    const text = 'Ceasefire talks — día 3 😀';
    for (const order of ['le', 'be'] as const) {
      const result = decodeText(utf16(text, order, true));
      expect(result.text).toBe(text);
      expect(result.encoding).toBe(`utf-16${order}`);
      expect(result.hadBom).toBe(true);
      expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['encoding-detected', 'info']]);
      expect(result.diagnostics[0].message).toContain(`UTF-16${order.toUpperCase()}`);
    }
  });

  it('detects UTF-16LE and UTF-16BE without a BOM from the NUL pattern', () => {
    const text = 'Reporters were told on Tuesday that the bridge had reopened.\r\nNext line.';
    const le = decodeText(utf16(text, 'le', false));
    expect(le).toMatchObject({ encoding: 'utf-16le', hadBom: false, text: text.replace('\r\n', '\n') });
    expect(le.diagnostics.map((d) => d.ruleId)).toEqual(['encoding-detected']);
    expect(decodeText(utf16(text, 'be', false))).toMatchObject({ encoding: 'utf-16be', text: text.replace('\r\n', '\n') });
  });

  it('falls back to Windows-1252 and reports where UTF-8 broke', () => {
    // "café “quoted” €" in Windows-1252: é = E9, curly quotes = 93/94, euro = 80.
    const bytes = new Uint8Array([
      ...Buffer.from('line one\ncaf', 'latin1'), 0xe9, 0x20, 0x93, ...Buffer.from('quoted', 'latin1'), 0x94, 0x20, 0x80,
    ]);
    const result = decodeText(bytes);
    expect(result.text).toBe('line one\ncafé “quoted” €');
    expect(result.encoding).toBe('windows-1252');
    expect(result.hadBom).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ ruleId: 'encoding-fallback', severity: 'warning', line: 2 });
    expect(d.message).toContain('offset 12');
    expect(d.message).toContain('0xE9');
    expect(d.message).toMatch(/not valid UTF-8.*Windows-1252/);
    expect(d.hint).toBe('Save the file as UTF-8, or check that accented letters read correctly on the page.');
  });

  it('skips genuine U+FFFD characters when locating the invalid byte', () => {
    const bytes = new Uint8Array([...utf8('a\uFFFDb'), 0xff]);
    const [d] = decodeText(bytes).diagnostics;
    expect(d.ruleId).toBe('encoding-fallback');
    expect(d.message).toContain('offset 5');
  });
});

describe('decodeText: normalisation', () => {
  it('turns CRLF, lone CR and U+2028/U+2029 into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\nd')).text).toBe('a\nb\nc\nd');
    expect(ruleIds(utf8('a\r\nb\rc'))).toEqual([]);
    expect(decodeText(utf8('a\u2028b\u2029c')).text).toBe('a\nb\nc');
  });

  it('removes zero-width, soft-hyphen, bidi and stray BOM characters and reports them once', () => {
    const source = 'zero\u200Bwidth\u200B, soft\u00ADhyphen, \u202Bbidi\u202C \u2066iso\u2069 \u200Emark, word\u2060joiner, b\uFEFFom';
    const result = decodeText(utf8(source));
    expect(result.text).toBe('zerowidth, softhyphen, bidi iso mark, wordjoiner, bom');
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ ruleId: 'invisible-characters-removed', severity: 'info' });
    expect(d.message).toContain('2 zero-width spaces');
    expect(d.message).toContain('5 bidi controls');
    expect(d.message).toContain('1 soft hyphen');
    expect(d.message).toMatch(/^removed /);
    expect(d.hint).toBe('Nothing to do unless text looks wrong; these characters are invisible in the source.');
  });

  it('keeps ZWNJ in Persian and ZWJ in emoji sequences', () => {
    const text = 'می\u200Cخواهم — family 👨\u200D👩\u200D👧';
    expect(decodeText(utf8(text))).toMatchObject({ text, diagnostics: [] });
  });

  it('replaces NBSP and other space separators with a plain space, tabs too', () => {
    const result = decodeText(utf8('10\u00A0km\u2009away\u202F!\u3000end\tx'));
    expect(result.text).toBe('10 km away ! end x');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['replaced 4 non-breaking or special spaces']);
  });

  it('removes control characters and trailing spaces at line ends', () => {
    const result = decodeText(utf8('bell\u0007 here  \nnext\u0085line\t\n'));
    expect(result.text).toBe('bell here\nnextline\n');
    expect(result.diagnostics[0].message).toBe('removed 2 control characters');
  });

  it('does not collapse spaces inside a line', () => {
    expect(decodeText(utf8('  indented   words')).text).toBe('  indented   words');
  });

  it('composes NFD input to NFC', () => {
    const result = decodeText(utf8('cafe\u0301'));
    expect(result.text).toBe('café');
    expect(result.text).toHaveLength(4);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps right-to-left Arabic and Hebrew text unchanged', () => {
    const text = 'قال المتحدث إن المفاوضات مستمرة.\nהדובר אמר שהשיחות נמשכות.\n';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', hadBom: false, diagnostics: [] });
  });
});

describe('decodeText: files to skip', () => {
  it('rejects binary input with NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const result = decodeText(png);
    expect(result.text).toBe('');
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['binary-file', 'error']]);
    expect(result.diagnostics[0].message).toMatch(/6 NUL bytes .*2 other control bytes in the first 20 bytes/);
    expect(result.diagnostics[0].hint).toContain('does not look like a text file');
  });

  it('rejects text dense in control bytes even without NULs', () => {
    const bytes = utf8('ab\u0001\u0002\u0003cd\u001b\u001bef');
    expect(decodeText(bytes)).toMatchObject({ text: '', diagnostics: [{ ruleId: 'binary-file', severity: 'error' }] });
  });

  it('reports empty and whitespace-only files', () => {
    for (const bytes of [new Uint8Array(0), utf8('  \r\n\t \n'), utf8('\u200B\u00A0\n'), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const result = decodeText(bytes);
      expect(result.text).toBe('');
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ ruleId: 'empty-file', severity: 'error' });
      expect(result.diagnostics[0].hint).not.toBe('');
    }
  });
});

describe('decodeText: any bytes', () => {
  it('never throws and always returns clean NFC text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decodeText(bytes);
        expect(typeof result.text).toBe('string');
        expect(result.text).not.toMatch(FORBIDDEN);
        expect(result.text).not.toMatch(/[\u200B\u2060\uFEFF\u00AD\u00A0\u2028\u2029]/);
        expect(result.text.normalize('NFC')).toBe(result.text);
        expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(result.encoding);
        for (const d of result.diagnostics) expect(['error', 'warning', 'info']).toContain(d.severity);
      }),
      { numRuns: 500 },
    );
  });

  it('also holds for mostly-text bytes that take the UTF-8, UTF-16 and fallback paths', () => {
    const texty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => utf8(s)),
      fc.string({ maxLength: 300 }).map((s) => utf16(s, 'le', false)),
      fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => new Uint8Array([...utf8(s), 0xe9])),
    );
    fc.assert(
      fc.property(texty, (bytes) => {
        const result = decodeText(bytes);
        expect(result.text).not.toMatch(FORBIDDEN);
        expect(result.text.normalize('NFC')).toBe(result.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeText: a stray NUL in text', () => {
  it('removes it and reports it, instead of rejecting the article as binary', () => {
    const bytes = new TextEncoder().encode('Ministry statement\n\nThe ministry said\u0000 the ceasefire held.\n');
    const result = decodeText(bytes);
    expect(result.text).toBe('Ministry statement\n\nThe ministry said the ceasefire held.\n');
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['invisible-characters-removed']);
  });
});
