import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvalOptions, runEvalCli, UsageError } from '../../scripts/eval-entities.ts';
import { countForms, GOLD_SETS, halfFor, loadGold, parseGold, type GoldEntity } from '../../scripts/eval/gold.ts';
import { assign, kindOfGold, type PredictedEntity } from '../../scripts/eval/match.ts';
import { equalityKey, matchNames } from '../../scripts/eval/normalise.ts';
import { evaluateGoldSet } from '../../scripts/eval/run.ts';
import { evaluateDocument, scores, summarise } from '../../scripts/eval/score.ts';

const gold = (text: string, type: GoldEntity['type'], ...forms: string[]): GoldEntity => ({ text, type, forms: forms.length ? forms : [text] });
const pred = (name: string, kind: PredictedEntity['kind'], ...surfaces: string[]): PredictedEntity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'), name, kind, type: kind === 'place' ? 'place' : 'person', origin: 'discovered', surfaces: surfaces.length ? surfaces : [name], mentions: 1,
});
const evaluate = (g: GoldEntity[], p: PredictedEntity[]) => evaluateDocument({ file: 'a.txt', gold: g, predicted: p });

describe('normalisation', () => {
  it('ignores case, curly apostrophes and quotes, spacing, a leading "the" and a trailing possessive', () => {
    expect(matchNames('The Azerbaijani Defence Ministry', 'azerbaijani  defence ministry')).toBe('exact');
    expect(matchNames('Azerbaijan’s', "Azerbaijan's")).toBe('exact');
    expect(matchNames('Armenia’s', 'Armenia')).toBe('exact');
    expect(matchNames('“Anonymous”', 'Anonymous')).toBe('exact');
    expect(matchNames('the Church of Scientology', 'Church of Scientology')).toBe('exact');
  });

  it('reads full stops, hyphens and accents as variants of one spelling', () => {
    expect(matchNames('U.S.', 'US')).toBe('exact');
    expect(matchNames('Nagorno Karabakh', 'Nagorno-Karabakh')).toBe('exact');
    expect(matchNames('Elysée Palace', 'Élysée Palace')).toBe('exact');
  });

  it('drops leading personal titles, but keeps a title that is all there is', () => {
    expect(matchNames('President Trump', 'Trump')).toBe('exact');
    expect(matchNames('Mr. Tedeschi', 'Tedeschi')).toBe('exact');
    expect(equalityKey('President')).toBe('president');
    expect(matchNames('UN General Assembly', 'General Assembly')).toBe('suffix');
  });

  it('matches a whole-word ending of two or more words, not one word and not across "of" or a comma', () => {
    expect(matchNames('US President Barack Obama', 'Barack Obama')).toBe('suffix');
    expect(matchNames('Defence Ministry', 'Azerbaijani Defence Ministry')).toBe('suffix');
    expect(matchNames('Kim Jong-un', 'Jong-un')).toBeNull();
    expect(matchNames('Donald Trump', 'Trump')).toBeNull();
    expect(matchNames('Lee Cheuk-yan of the Labour Party', 'Labour Party')).toBeNull();
    expect(matchNames('Durham, North Carolina', 'North Carolina')).toBeNull();
    expect(matchNames('Kennedy Space Center', 'Kennedy Space Center Visitor Complex')).toBeNull();
  });
});

describe('type mapping', () => {
  it('maps gold person and organization to actor, place to place', () => {
    expect(kindOfGold('person')).toBe('actor');
    expect(kindOfGold('organization')).toBe('actor');
    expect(kindOfGold('place')).toBe('place');
  });

  it('scores a kind error as a miss when kinds must agree, and as a match under any kind', () => {
    const r = evaluate([gold('Élysée Palace', 'place'), gold('Armed Forces of Armenia', 'organization', 'Armenian army')], [
      pred('Élysée Palace', 'actor'), pred('Armed Forces of Armenia', 'actor', 'Armenian army'),
    ]);
    expect(r.typedAll).toEqual({ gold: 2, predicted: 2, matched: 1 });
    expect(r.typed.place).toEqual({ gold: 1, predicted: 0, matched: 0 });
    expect(r.any).toEqual({ gold: 2, predicted: 2, matched: 2 });
    expect(r.kindMismatches.map((k) => k.gold.text)).toEqual(['Élysée Palace']);
    expect(r.byGoldType.place).toEqual({ gold: 1, typed: 0, any: 1 });
  });

  it('accepts a suffix match only when the kinds agree', () => {
    const r = evaluate([gold('Food Standards Australia New Zealand', 'organization')], [pred('New Zealand', 'place')]);
    expect(r.any.matched).toBe(0);
    expect(evaluate([gold('Civil Defense Authority', 'organization')], [pred("Arabia's Civil Defense Authority", 'actor')]).any.matched).toBe(1);
  });
});

describe('scoring one article', () => {
  const goldSet = [gold('Donald Trump', 'person', 'Donald Trump', 'Trump'), gold('United States', 'place', 'United States', 'U.S.'), gold('NASA', 'organization')];

  it('scores a perfect prediction 1 / 1 / 1', () => {
    const r = evaluate(goldSet, [pred('Donald Trump', 'actor', 'Donald Trump', 'Trump'), pred('United States', 'place', 'US'), pred('NASA', 'actor')]);
    for (const counts of [r.typedAll, r.any, r.typed.actor, r.typed.place]) {
      expect(scores(counts)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
    expect(r.falsePositives).toEqual([]);
    expect(r.falseNegatives).toEqual([]);
    expect(r.splits).toEqual([]);
    expect(r.merges).toEqual([]);
  });

  it('counts an entity once per article and each predicted entity for at most one gold entity', () => {
    const r = evaluate([gold('Washington', 'place'), gold('Washington', 'person', 'Washington', 'George Washington')], [pred('Washington', 'place')]);
    expect(r.any).toEqual({ gold: 2, predicted: 1, matched: 1 });
    expect(r.typed.place.matched).toBe(1);
  });

  it('counts a split: one gold entity on two predicted pages, the second a false positive', () => {
    const r = evaluate(goldSet, [pred('Donald Trump', 'actor'), pred('Trump', 'actor'), pred('United States', 'place', 'U.S.'), pred('NASA', 'actor')]);
    expect(r.splits).toHaveLength(1);
    expect(r.splits[0].gold.text).toBe('Donald Trump');
    expect(r.splits[0].predicted.map((p) => p.name)).toEqual(['Donald Trump', 'Trump']);
    expect(r.falsePositives.map((f) => [f.predicted.name, f.duplicateOf?.text])).toEqual([['Trump', 'Donald Trump']]);
    expect(scores(r.any)).toMatchObject({ precision: 0.75, recall: 1 });
  });

  it('counts a merge: one predicted page whose surfaces name two gold people', () => {
    const r = evaluate([gold('Ilham Aliyev', 'person', 'Ilham Aliyev', 'Aliyev'), gold('Jeyhun Aliyev', 'person')], [pred('Ilham Aliyev', 'actor', 'Ilham Aliyev', 'Jeyhun Aliyev')]);
    expect(r.merges).toHaveLength(1);
    expect(r.merges[0].gold.map((g) => g.entity.text)).toEqual(['Ilham Aliyev', 'Jeyhun Aliyev']);
    expect(r.any).toEqual({ gold: 2, predicted: 1, matched: 1 });
  });

  it('does not call one ambiguous surface a merge', () => {
    expect(evaluate([gold('Washington', 'place'), gold('George Washington', 'person', 'Washington')], [pred('Washington', 'place')]).merges).toEqual([]);
  });

  it('prefers exact matches over suffix matches when assigning', () => {
    const g = [gold('Defence Ministry', 'organization')];
    const p = [pred('Azerbaijani Defence Ministry', 'actor'), pred('Defence Ministry', 'actor')];
    expect([...assign(p, g).pairs]).toEqual([[1, 0]]);
  });

  it('lists a false positive overlapping a missed name as a partial match', () => {
    const r = evaluate([gold('Kim Jong-un', 'person')], [pred('Kim Jong-', 'actor')]);
    expect(r.partialMatches.map((m) => [m.predicted.name, m.gold.text])).toEqual([['Kim Jong-', 'Kim Jong-un']]);
  });

  it('tells a name the reader removed from one the extractor missed', () => {
    const r = evaluateDocument({ file: 'a.txt', gold: [gold('Disney', 'organization'), gold('Toronto', 'place')], predicted: [], inputText: 'Fans came to Toronto.' });
    expect(r.falseNegatives.map((f) => [f.gold.text, f.inExtractorInput])).toEqual([['Disney', false], ['Toronto', true]]);
  });
});

describe('scores over articles', () => {
  it('micro-averages: counts are summed before dividing', () => {
    const a = evaluate([gold('A One', 'person')], [pred('A One', 'actor')]);
    const b = evaluate([gold('B One', 'person'), gold('B Two', 'person'), gold('B Three', 'person')], [pred('Nobody Here', 'actor')]);
    const s = summarise([a, b]);
    expect(s.documents).toBe(2);
    expect(s.any).toMatchObject({ gold: 4, predicted: 2, matched: 1, precision: 0.5, recall: 0.25 });
    expect(s.any.f1).toBeCloseTo(1 / 3);
  });

  it('scores empty denominators as nothing wrong / nothing missed', () => {
    expect(scores({ gold: 0, predicted: 0, matched: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores({ gold: 2, predicted: 0, matched: 0 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('gold files', () => {
  it('rejects a malformed line with its line number', () => {
    expect(() => parseGold('{"file":"a.txt","entities":[]}\n{"file":"b.txt","entities":[{"text":"X","type":"country"}]}', 'g.jsonl')).toThrow(/g\.jsonl:2: .*type/);
    expect(() => parseGold('not json', 'g.jsonl')).toThrow(/g\.jsonl:1: not valid JSON/);
  });

  it.each(Object.values(GOLD_SETS))('$id: every gold form occurs in its article', async (set) => {
    const docs = await loadGold(set);
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const text = await readFile(path.join(set.corpusDir, doc.file), 'utf8');
      for (const e of doc.entities) for (const form of e.forms) expect(countForms(text, [form]), `${doc.file}: ${form}`).toBeGreaterThan(0);
    }
  });

  it('the second interviews set is held out as a whole: no dev half, its held-out half is all of it', async () => {
    const set = GOLD_SETS['interviews-2'];
    expect(set.corpusDir).toMatch(/gum-wikinews-interviews-2$/);
    expect((await loadGold(set)).map((d) => d.file)).toEqual(['brotherhood', 'cocktail', 'dungeon', 'licen', 'mckenzie', 'messina', 'shalev'].map((f) => `articles/${f}.txt`));
    expect([halfFor(set, 'dev'), halfFor(set, 'held-out'), halfFor(set, 'all')]).toEqual([null, 'all', 'all']);
    expect([halfFor(GOLD_SETS.interviews, 'dev'), halfFor(GOLD_SETS.interviews, 'held-out')]).toEqual(['dev', 'held-out']);
  });
});

describe('command line', () => {
  it('reads its options and rejects bad ones', () => {
    expect(readEvalOptions([])).toMatchObject({ sets: ['gum', 'bundled'], json: false, limit: 15 });
    expect(readEvalOptions(['--gold', 'gum', '--json', '--limit', '0'])).toMatchObject({ sets: ['gum'], json: true, limit: 0 });
    expect(readEvalOptions(['--gold', 'interviews'])).toMatchObject({ sets: ['interviews'] });
    expect(readEvalOptions(['--gold', 'interviews-2'])).toMatchObject({ sets: ['interviews-2'] });
    expect(readEvalOptions(['--gold', 'all'])).toMatchObject({ sets: ['gum', 'interviews', 'interviews-2', 'bundled'] });
    expect(() => readEvalOptions(['--gold', 'toString'])).toThrow(UsageError);
    expect(() => readEvalOptions(['--gold', 'nope'])).toThrow(UsageError);
    expect(() => readEvalOptions(['--limit', 'x'])).toThrow(UsageError);
    expect(() => readEvalOptions(['--frobnicate'])).toThrow(UsageError);
  });

  it('exits 2 on bad arguments', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    try {
      expect(await runEvalCli(['--gold', 'nope'])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/--gold gum, interviews, interviews-2, bundled, both or all/);
  });
});

describe('the bundled corpus through the real ingest', () => {
  it('returns scores in [0, 1] for its five articles (a measurement, not a threshold)', async () => {
    const e = await evaluateGoldSet(GOLD_SETS.bundled);
    expect(e.summary.documents).toBe(5);
    expect(e.documents).toHaveLength(5);
    const all = [e.summary.any, e.summary.typedAll, e.summary.typed.actor, e.summary.typed.place, ...e.documents.map((d) => scores(d.any))];
    for (const s of all) for (const x of [s.precision, s.recall, s.f1]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });
});
