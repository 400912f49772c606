import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RECORDS, readRecords } from '../../scripts/ingest/read-records.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');
const ruleIds = (r: { diagnostics: { ruleId: string }[] }): string[] => r.diagnostics.map((d) => d.ruleId);
const paragraphs = (text: string): string[] => text.split('\n\n');

describe('readRecords on a crawler JSON array (news-please and NewsAPI style fields)', () => {
  const docs = readRecords(fixture('crawler-array.json'), 'json');

  it('gives one document per record, named by its number', () => {
    expect(docs.map((d) => d.part)).toEqual(['record 1', 'record 2', 'record 3', 'record 4']);
  });

  it('reads news-please fields: maintext lines become paragraphs, dates keep their precision', () => {
    const [doc] = docs;
    expect(paragraphs(doc.text)).toEqual([
      'Shelling kills 2 civilians in Ganja',
      'BAKU, Azerbaijan',
      "Two civilians were killed and four injured when shells hit a residential area of Ganja on Friday, the prosecutor's office said.",
      'The statement said several private houses and a school building were damaged in the shelling, which began shortly after 6 a.m. local time.',
      'Investigators were collecting evidence at the scene, it added.',
    ]);
    expect(doc.metadata).toEqual({
      title: 'Shelling kills 2 civilians in Ganja',
      subtitle: "Prosecutor's office says residential buildings were hit in the country's second-largest city",
      authors: ['Ruslan Rehimov'],
      published: { date: '2020-10-02', precision: 'day', text: '2020-10-02 14:05:00' },
      updated: { date: '2020-10-02', precision: 'day', text: '2020-10-02 18:30:00' },
      retrieved: { date: '2020-10-03', precision: 'day', text: '2020-10-03 08:12:44' },
      url: 'https://www.aa.com.tr/en/azerbaijan-front-line/shelling-kills-2-civilians-in-ganja/1993821',
      source: 'www.aa.com.tr',
      language: 'en',
    });
    expect(doc.diagnostics).toEqual([]);
  });

  it('converts HTML in the text, dropping the script and share buttons, and splits "A and B" authors', () => {
    const doc = docs[1];
    expect(paragraphs(doc.text)).toEqual([
      'Red Cross calls for safe passage for civilians',
      'The International Committee of the Red Cross on Monday called on both sides to allow civilians to leave areas affected by the fighting.',
      '“People are sheltering in basements for days,” a spokesperson said. Aid & medical supplies were waiting at the border.',
    ]);
    expect(doc.text).not.toMatch(/cookie|window\.location|Share on/);
    expect(doc.metadata.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(doc.metadata.published).toEqual({ date: '2020-10', precision: 'month', text: 'October 2020' });
    expect(doc.metadata.source).toBe('Caucasus Watch'); // {"id": …, "name": …}
    expect(doc.metadata.url).toBe('https://caucasuswatch.example/2020/10/red-cross-safe-passage');
    expect(doc.metadata.language).toBe('en');
  });

  it('reports a record without text as an error naming the missing field, its keys and its line', () => {
    const doc = docs[2];
    expect(doc.text).toBe('');
    expect(doc.diagnostics).toHaveLength(1);
    const [d] = doc.diagnostics;
    expect([d.ruleId, d.severity, d.line]).toEqual(['record-missing-field', 'error', 28]);
    expect(d.message).toMatch(/^Record 3 has no text \(looked for "text", "body",/);
    expect(d.message).toContain('its keys are "title", "url", "image_url", "date"');
  });

  it('keeps "<script>" in JSON strings as text, and warns about an impossible date and a javascript: URL', () => {
    const doc = docs[3];
    expect(doc.metadata.title).toBe('<script>alert(1)</script> Drone footage released by ministry');
    expect(paragraphs(doc.text)[1]).toContain('"<script>alert(1)</script>", which is text, not markup.');
    expect(doc.metadata.authors).toEqual(['Anna Petrosyan', 'Karim Mansour']);
    expect(doc.metadata.source).toBe('Example Defence News');
    expect(doc.metadata.published).toBeUndefined();
    expect(doc.metadata.url).toBeUndefined();
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['metadata-date-invalid', 'warning', 34], ['metadata-url-invalid', 'warning', 34]]);
    expect(doc.diagnostics[0].message).toContain('"2020-13-45"');
  });
});

describe('readRecords on JSON Lines with a broken line', () => {
  const docs = readRecords(fixture('crawler-lines.jsonl'), 'jsonl');

  it('reads every good line, skips blank lines, and names documents by line', () => {
    expect(docs.map((d) => d.part)).toEqual(['line 1', 'line 2', 'line 3', 'line 5', 'line 6']);
    expect(docs[0].metadata.authors).toEqual(['Andrew Osborn', 'Nvard Hovhannisyan']);
    expect(docs[1].metadata.published).toEqual({ date: '2020-10-10', precision: 'day', text: 'Sat, 10 Oct 2020 18:05:00 GMT' });
    expect(paragraphs(docs[1].text)).toEqual(['Truce under strain hours after it began', 'Both sides accused each other of breaking the truce within hours.', 'Shelling was reported in Stepanakert and in Tartar.']);
    expect(docs[1].metadata.source).toBe('Regional Monitor');
  });

  it('reports the broken line as its own json-invalid error with the parser message and line', () => {
    const d = docs[2].diagnostics[0];
    expect([d.ruleId, d.severity, d.line, docs[2].text]).toEqual(['json-invalid', 'error', 3, '']);
    expect(d.message).toMatch(/^Line 3 is not valid JSON \(.+\)/);
  });

  it('reports a line without text, and uses a description as text only as a last resort', () => {
    expect(docs[3].diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['record-missing-field', 5]]);
    expect(docs[3].diagnostics[0].message).toContain('"headline", "date", "url"');
    expect(paragraphs(docs[4].text)).toEqual(['Prisoner exchange completed', 'The exchange took place at the border crossing on Monday morning.']);
    expect(docs[4].diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['record-text-from-description', 'info']]);
  });
});

describe('readRecords record shapes', () => {
  it('reads a single object with HTML content: headings stay short lines, the repeated <h1> and all code go', () => {
    const [doc] = readRecords(fixture('record-with-html.json'), 'json');
    expect(doc.part).toBeNull();
    expect(paragraphs(doc.text)).toEqual([
      'Aid convoy reaches besieged town',
      'A convoy of 14 trucks carrying food, medicine and fuel reached the town on Wednesday, the first deliveries in three weeks.',
      'Queues at the school',
      'Residents queued outside the school where supplies were handed out – some had walked for hours.',
      '12 tonnes of flour',
      '3,000 litres of diesel',
      'The convoy at the checkpoint. Photo: Pierre Albouy',
    ]);
    expect(doc.text).not.toMatch(/fetch|font-weight|tracking pixel/);
    expect(doc.metadata).toMatchObject({ subtitle: 'First deliveries in three weeks', authors: ['Leyla Mammadova', 'Tom Hartley'], source: 'The Caspian Ledger', section: 'World', url: 'https://www.caspianledger.example/world/2020/10/aid-convoy' });
  });

  it('reads an array under "articles" (NewsAPI) with the line of each record', () => {
    const json = '{\n  "status": "ok",\n  "totalResults": 2,\n  "articles": [\n    {"title": "A", "content": "Text a.", "publishedAt": "2020-10-27T10:00:00Z"},\n    {"title": "B"}\n  ]\n}';
    const docs = readRecords(json, 'json');
    expect(docs.map((d) => d.part)).toEqual(['record 1', 'record 2']);
    expect(docs[0].metadata.published?.date).toBe('2020-10-27');
    expect(docs[1].diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['record-missing-field', 6]]);
  });

  it.each(['items', 'records', 'data'])('reads an array under "%s"', (key) => {
    expect(readRecords(JSON.stringify({ [key]: [{ headline: 'H', text: 'T.' }] }), 'json').map((d) => d.text)).toEqual(['H\n\nT.']);
  });

  it('reads text given as an array of paragraphs, and names both missing fields', () => {
    const [ok, bad] = readRecords('[{"title": "T", "body": ["One.", "Two."]}, {"id": 7}]', 'json');
    expect(ok.text).toBe('T\n\nOne.\n\nTwo.');
    expect(bad.diagnostics[0].message).toMatch(/^Record 2 has no title \(.*\) and no text \(.*\); its keys are "id"\.$/);
  });

  it('reports records that are not objects', () => {
    const docs = readRecords('[{"title": "T", "text": "x"}, "just a string", null]', 'json');
    expect(docs.map(ruleIds)).toEqual([[], ['record-not-object'], ['record-not-object']]);
  });
});

describe('readRecords errors', () => {
  it('reports invalid JSON once, with the parser message and its line', () => {
    const docs = readRecords('[\n  {"title": "A", "text": "x"},\n  {"title": "B" "text": "y"}\n]', 'json');
    expect(docs).toHaveLength(1);
    const [d] = docs[0].diagnostics;
    expect([d.ruleId, d.severity, d.line]).toEqual(['json-invalid', 'error', 3]);
    expect(d.message).toMatch(/^The file is not valid JSON: .+/);
  });

  it('reports empty input and an empty array', () => {
    expect(readRecords('', 'json').flatMap(ruleIds)).toEqual(['records-empty']);
    expect(readRecords('[]', 'json').flatMap(ruleIds)).toEqual(['records-empty']);
    expect(readRecords('\n\n', 'jsonl').flatMap(ruleIds)).toEqual(['records-empty']);
  });

  it(`refuses a file of more than ${MAX_RECORDS} records`, () => {
    const many = `[${Array(MAX_RECORDS + 1).fill('{}').join(',')}]`;
    expect(readRecords(many, 'json').map(ruleIds)).toEqual([['too-many-records']]);
    const lines = Array(MAX_RECORDS + 1).fill('{}').join('\n');
    expect(readRecords(lines, 'jsonl').map(ruleIds)).toEqual([['too-many-records']]);
  });

  it('never executes anything in the input', () => {
    const hostile = '[{"title": "x", "text": "y", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]';
    const [doc] = readRecords(hostile, 'json');
    expect(doc.text).toBe('x\n\ny');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(() => readRecords(undefined as unknown as string, 'json')).not.toThrow();
    const deep = JSON.stringify([{ title: 'Deep', text: '<div>'.repeat(50_000) + 'x' }, { title: 'Next', text: 'Fine.' }]);
    const [first, next] = readRecords(deep, 'json');
    expect(first.diagnostics.every((d) => d.severity !== 'error') || first.diagnostics[0].ruleId === 'record-unreadable').toBe(true);
    expect(next.text).toBe('Next\n\nFine.');
  });
});
