import { describe, expect, it } from 'vitest';
import { checkFileSize, LIMITS, limitParagraphs, limitText } from '../../scripts/ingest/limits.ts';

describe('limits', () => {
  it('refuses to read a file past the hard size limit, with a hint', () => {
    expect(checkFileSize(LIMITS.maxFileBytes)).toBeNull();
    expect(checkFileSize(LIMITS.maxFileBytes + 1)).toMatchObject({ ruleId: 'file-too-large', severity: 'error' });
  });

  it('breaks one enormous line into paragraphs at sentence ends, losing no words', () => {
    const sentence = 'The talks resumed in Geneva on Thursday after a pause of several weeks. ';
    const line = sentence.repeat(Math.ceil((LIMITS.maxLineChars * 3) / sentence.length)).trim();
    const { text, diagnostics } = limitText(`Headline\n\n${line}`);
    const paragraphs = text.split('\n\n').slice(1);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.every((p) => p.length <= LIMITS.maxLineChars && p.endsWith('.'))).toBe(true);
    expect(paragraphs.join(' ')).toBe(line);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['line-too-long']);
  });

  it('breaks a line without spaces anywhere, rather than hanging', () => {
    const { text } = limitText('x'.repeat(LIMITS.maxLineChars * 2 + 5));
    expect(text.split('\n\n').map((p) => p.length)).toEqual([LIMITS.maxLineChars, LIMITS.maxLineChars, 5]);
  });

  it('cuts an over-long article at a paragraph boundary and says so', () => {
    const paragraph = `${'word '.repeat(199)}end.\n\n`;
    const text = paragraph.repeat(Math.ceil((LIMITS.maxTextChars * 1.5) / paragraph.length));
    const limited = limitText(text);
    expect(limited.text.length).toBeLessThanOrEqual(LIMITS.maxTextChars);
    expect(limited.text.trimEnd().endsWith('end.')).toBe(true);
    expect(limited.diagnostics.map((d) => d.ruleId)).toEqual(['article-truncated']);
  });

  it('keeps the first paragraphs of an article with too many', () => {
    const body = Array.from({ length: LIMITS.maxParagraphs + 10 }, (_, i) => i);
    const kept = limitParagraphs(body);
    expect(kept.body).toHaveLength(LIMITS.maxParagraphs);
    expect(kept.diagnostics[0].ruleId).toBe('too-many-paragraphs');
  });
});
