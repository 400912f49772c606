import { describe, expect, it } from 'vitest';
import { buildEntityIndex, cleanName, findEntities } from '../../scripts/ingest/find-entities.ts';
import type { GazetteerEntry } from '../../scripts/ingest/gazetteer.ts';

const entry = (e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'type'>): GazetteerEntry => ({
  aliases: [], wikidata: null, coordinates: null, parent: null, description: null, formerIds: [], ...e,
});
const index = buildEntityIndex([
  entry({ id: 'azerbaijan', name: 'Azerbaijan', kind: 'place', type: 'country' }),
  entry({ id: 'nagorno-karabakh', name: 'Nagorno-Karabakh', kind: 'place', type: 'region', aliases: ['Upper Karabakh', 'Karabakh', 'Artsakh'] }),
  entry({ id: 'ilham-aliyev', name: 'Ilham Aliyev', kind: 'actor', type: 'person' }),
  entry({ id: 'defence-ministry', name: 'Ministry of Defence of Azerbaijan', kind: 'actor', type: 'ministry', aliases: ["Azerbaijan's Defence Ministry", 'Azerbaijani Defense Ministry'] }),
  entry({ id: 'united-states', name: 'United States', kind: 'place', type: 'country', aliases: ['US', 'U.S.'] }),
]);
const found = (...paragraphs: string[]) => Object.fromEntries(findEntities(paragraphs, index).map((e) => [e.id, e.mentions]));

describe('findEntities', () => {
  it('resolves aliases, possessives and curly apostrophes to one entity', () => {
    expect(found('Azerbaijan’s army entered Upper Karabakh.', "Azerbaijan's Defence Ministry said Karabakh was calm.", 'Artsakh officials disagreed.')).toEqual({
      azerbaijan: 1, 'nagorno-karabakh': 3, 'defence-ministry': 1,
    });
  });

  it('keeps where each mention is: block, start and end of the words as written', () => {
    const paragraphs = ['Talks in Baku.', 'President Ilham Aliyev spoke; Azerbaijan’s army waited.', 'Aliyev said so.'];
    const spans = Object.fromEntries(findEntities(paragraphs, index).map((e) => [e.id, e.spans.map((s) => paragraphs[s.block].slice(s.start, s.end))]));
    expect(spans).toMatchObject({ 'ilham-aliyev': ['Ilham Aliyev', 'Aliyev'], azerbaijan: ['Azerbaijan'] });
    const aliyev = findEntities(paragraphs, index).find((e) => e.id === 'ilham-aliyev')!;
    expect(aliyev.spans.map((s) => s.block)).toEqual([1, 2]);
  });

  it('matches the longest name: a ministry named with its country is not also the country', () => {
    expect(found('The Azerbaijani Defense Ministry said so.')).toEqual({ 'defence-ministry': 1 });
  });

  it('matches whole words only, and short abbreviations in capitals only', () => {
    expect(found('The US and the U.S. are one; thus, usual and USSR are not.')['united-states']).toBe(2);
    expect(found('Thus usual business resumed.')).toEqual({});
  });

  it('resolves a surname alone to the full name used earlier in the article', () => {
    expect(found('President Ilham Aliyev spoke.', 'Aliyev said talks would go on.')).toEqual({ 'ilham-aliyev': 2 });
  });

  it('keeps two people who share a surname apart', () => {
    const result = found('President Ilham Aliyev met the journalist Jeyhun Aliyev in Baku.');
    expect(result['ilham-aliyev']).toBe(1);
    expect(result['jeyhun-aliyev']).toBe(1);
  });

  it('keeps a hyphenated given name whole', () => {
    const ids = findEntities(['North Korean leader Kim Jong-un ordered the army to prepare, state media said.'], index).map((e) => e.name);
    expect(ids).toContain('Kim Jong-un');
    expect(ids).not.toContain('Kim Jong-');
  });

  it('does not run a name across a comma or a full stop', () => {
    const names = findEntities(['The company is based in Mountain View, California, where it was founded.'], index).map((e) => e.name);
    expect(names).not.toContain('Mountain View, California');
  });

  it('does not join a person and an organisation at "of"', () => {
    const names = findEntities(['The motion was backed by Lee Cheuk-yan of the Labour Party on Tuesday.'], index).map((e) => e.name);
    expect(names).not.toContain('Lee Cheuk-yan of the Labour Party');
  });

  it('joins a name the tagger splits at "of the"', () => {
    const ids = findEntities(['The exchange was mediated by the International Committee of the Red Cross on Friday.'], index).map((e) => e.id);
    expect(ids).toContain('international-committee-of-the-red-cross');
  });
});

describe('cleanName', () => {
  it.each([
    ['President Vladimir Putin', 'Vladimir Putin'],
    ['Putin,', 'Putin'],
    ['Armenia’s', 'Armenia'],
    ['Secretary of State Antony Blinken', 'Antony Blinken'],
  ])('%j → %j', (raw, clean) => expect(cleanName(raw)).toBe(clean));
});
