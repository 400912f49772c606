import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeMetadata, parseManifest, parseSidecar, sidecarNamesFor } from '../../scripts/ingest/read-sidecar.ts';
import type { SourceMetadata } from '../../scripts/ingest/source-document.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');
const ruleIds = (r: { diagnostics: { ruleId: string }[] }): string[] => r.diagnostics.map((d) => d.ruleId);

describe('parseSidecar', () => {
  const sidecar = parseSidecar(fixture('article.txt.meta.json'), 'article.txt.meta.json');

  it('reads the known keys, with dates through the stated-date reader', () => {
    expect(sidecar.metadata).toEqual({
      url: 'https://www.caspianledger.example/world/2020/10/ceasefire-talks-resume-geneva',
      published: { date: '2020-10-08', precision: 'day', text: '2020-10-08' },
      updated: { date: '2020-10', precision: 'month', text: '2020-10' },
      source: 'The Caspian Ledger',
      authors: ['Leyla Mammadova', 'Tom Hartley'],
      title: 'Ceasefire talks resume in Geneva',
      language: 'en',
      section: 'World',
    });
  });

  it('warns about each unknown key, naming it, listing the known keys and giving its line', () => {
    expect(sidecar.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['sidecar-unknown-key', 'warning', 10], ['sidecar-unknown-key', 'warning', 11]]);
    expect(sidecar.diagnostics[0].message).toContain('"autor"');
    expect(sidecar.diagnostics[0].message).toContain('"authors"');
    expect(sidecar.diagnostics[1].message).toContain('"notes"');
  });

  it('accepts "published" for the date and authors as a string', () => {
    const r = parseSidecar('{"published": "30 September 2020", "authors": "Jane Doe and John Roe"}', 'a.meta.json');
    expect(r.metadata).toEqual({ published: { date: '2020-09-30', precision: 'day', text: '30 September 2020' }, authors: ['Jane Doe', 'John Roe'] });
    expect(r.diagnostics).toEqual([]);
  });

  it('warns, with a hint, about an invalid date or URL and a value of the wrong type, keeping the other fields', () => {
    const r = parseSidecar('{\n  "date": "2020-02-30",\n  "url": "www.example.com/a",\n  "title": 42,\n  "source": "Reuters"\n}', 'a.meta.json');
    expect(r.metadata).toEqual({ source: 'Reuters' });
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['metadata-url-invalid', 'warning', 3],
      ['metadata-date-invalid', 'warning', 2],
      ['sidecar-invalid-value', 'warning', 4],
    ]);
    expect(r.diagnostics.find((d) => d.ruleId === 'metadata-date-invalid')?.message).toContain('"2020-02-30"');
    expect(r.diagnostics.find((d) => d.ruleId === 'metadata-date-invalid')?.hint).toMatch(/YYYY-MM-DD/);
    expect(r.diagnostics.find((d) => d.ruleId === 'metadata-url-invalid')?.hint).toMatch(/https:\/\//);
  });

  it('prefers "date" over "published" and says so', () => {
    const r = parseSidecar('{"published": "2020-01-01", "date": "2020-10-08"}', 'a.meta.json');
    expect(r.metadata.published?.date).toBe('2020-10-08');
    expect(ruleIds(r)).toEqual(['sidecar-duplicate-key']);
  });

  it('reports invalid JSON or a non-object as an error, never throws', () => {
    for (const json of ['{"url": ', '[1, 2]', '"text"', '', 'null']) {
      const r = parseSidecar(json, 'a.meta.json');
      expect(r.metadata).toEqual({});
      expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['sidecar-invalid', 'error']]);
    }
  });
});

describe('sidecarNamesFor', () => {
  it('gives NAME.ext.meta.json, then NAME.meta.json', () => {
    expect(sidecarNamesFor('2020/article.txt')).toEqual(['2020/article.txt.meta.json', '2020/article.meta.json']);
    expect(sidecarNamesFor('/corpus/a.b/article.v2.md')).toEqual(['/corpus/a.b/article.v2.md.meta.json', '/corpus/a.b/article.v2.meta.json']);
    expect(sidecarNamesFor('README')).toEqual(['README.meta.json']);
    expect(sidecarNamesFor('dir/.hidden')).toEqual(['dir/.hidden.meta.json']);
  });
});

describe('parseManifest (CSV)', () => {
  const { entries, diagnostics } = parseManifest(fixture('manifest.csv'), 'csv', 'manifest.csv');

  it('reads one entry per file, with quoted commas and ";"-separated authors', () => {
    expect([...entries.keys()]).toEqual(['2020/ganja-shelling.txt', '2020/geneva-talks.txt', '2021/tartar-corridor.txt']);
    expect(entries.get('2020/geneva-talks.txt')).toEqual({
      url: 'https://www.caspianledger.example/world/2020/10/ceasefire-talks-resume-geneva',
      published: { date: '2020-10-08', precision: 'day', text: '2020-10-08' },
      source: 'The Caspian Ledger',
      authors: ['Leyla Mammadova', 'Tom Hartley'],
      title: 'Ceasefire talks resume in Geneva as shelling continues',
    });
    const tartar = entries.get('2021/tartar-corridor.txt'); // "./" prefix removed
    expect(tartar?.source).toBe('Baku Daily Wire, English service');
    expect(tartar?.authors).toEqual(['Doe, Jane', 'Roe, John']);
    expect(tartar?.published).toEqual({ date: '2021-11-16', precision: 'day', text: '16/11/2021' });
  });

  it('lets the last of duplicate rows win, with a warning', () => {
    expect(entries.get('2020/ganja-shelling.txt')?.source).toBe('Anadolu Agency (AA)');
    expect(entries.get('2020/ganja-shelling.txt')?.title).toBeUndefined();
    const dup = diagnostics.find((d) => d.ruleId === 'manifest-duplicate-file');
    expect([dup?.severity, dup?.line]).toEqual(['warning', 7]);
  });

  it('warns about a row without a file (with its row number), an unknown column once, and an invalid URL', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['manifest-unknown-column', 1],
      ['manifest-row-without-file', 4],
      ['metadata-url-invalid', 5],
      ['manifest-duplicate-file', 7],
    ]);
    expect(diagnostics[0].message).toContain('"archived_by"');
    expect(diagnostics[1].message).toContain('row 3');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports a CSV without a file column, or with a broken quote, as an error', () => {
    expect(ruleIds(parseManifest('url,date\nhttps://a.example/,2020-01-01\n', 'csv', 'm.csv'))).toEqual(['manifest-no-file-column']);
    const broken = parseManifest('file,title\na.txt,"unclosed\n', 'csv', 'm.csv');
    expect(broken.entries.size).toBe(0);
    expect(broken.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['manifest-invalid', 'error']]);
  });

  it('takes a "path" column and a multi-line quoted cell', () => {
    const r = parseManifest('Path,Title,Date\n"a\\b.txt","Two\nlines",2020\nc.txt,C,2021-03\n', 'csv', 'm.csv');
    expect(r.entries.get('a/b.txt')).toEqual({ title: 'Two lines', published: { date: '2020', precision: 'year', text: '2020' } });
    expect(r.entries.get('c.txt')?.published?.precision).toBe('month');
    expect(r.diagnostics).toEqual([]);
  });
});

describe('parseManifest (JSON Lines)', () => {
  const { entries, diagnostics } = parseManifest(fixture('manifest.jsonl'), 'jsonl', 'manifest.jsonl');

  it('reads "file" or "path" rows, normalising backslashes', () => {
    expect([...entries.keys()]).toEqual(['2020/ganja-shelling.txt', '2020/geneva-talks.txt']);
    expect(entries.get('2020/ganja-shelling.txt')?.published).toEqual({ date: '2020-10-02', precision: 'day', text: '2 October 2020' });
    expect(entries.get('2020/geneva-talks.txt')?.authors).toEqual(['Leyla Mammadova', 'Tom Hartley']);
  });

  it('reports a broken line, an unknown key and a row without a file, each with its line', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['manifest-invalid', 'error', 3],
      ['manifest-unknown-key', 'warning', 2],
      ['manifest-row-without-file', 'warning', 4],
    ]);
  });
});

describe('mergeMetadata', () => {
  const fromText: SourceMetadata = { title: 'Headline from text', authors: ['Jeyhun Aliyev'], published: { date: '2020', precision: 'year', text: '2020' }, source: 'AA' };

  it('lets later arguments win field by field and keeps the rest', () => {
    const manifest: SourceMetadata = { url: 'https://a.example/1', source: 'Anadolu Agency', published: { date: '2020-10', precision: 'month', text: '2020-10' } };
    const sidecar: SourceMetadata = { published: { date: '2020-10-02', precision: 'day', text: '2020-10-02' } };
    expect(mergeMetadata(fromText, manifest, sidecar)).toEqual({
      title: 'Headline from text',
      authors: ['Jeyhun Aliyev'],
      source: 'Anadolu Agency',
      url: 'https://a.example/1',
      published: { date: '2020-10-02', precision: 'day', text: '2020-10-02' },
    });
  });

  it('does not change its arguments or share arrays with them', () => {
    const merged = mergeMetadata(fromText, {});
    merged.authors?.push('Someone');
    expect(fromText.authors).toEqual(['Jeyhun Aliyev']);
    expect(mergeMetadata({})).toEqual({});
  });
});
