import { describe, expect, it } from 'vitest';
import { classifyName, cleanCandidate } from '../../scripts/ingest/classify-name.ts';
import { findNameCandidates, tokenise } from '../../scripts/ingest/find-name-candidates.ts';
import { nameKey, personKey } from '../../scripts/ingest/name-key.ts';
import { acronymKey, definedAbbreviations, initialsOf, isAcronym } from '../../scripts/ingest/resolve-abbreviations.ts';
import { worldPlaces } from '../../scripts/ingest/world-places.ts';

const candidates = (text: string) => findNameCandidates(text, tokenise(text), () => true).map((c) => c.text);
const classified = (text: string) => findNameCandidates(text, tokenise(text), () => true).flatMap((c) => {
  const name = cleanCandidate(c, text);
  if (!name) return [];
  const kind = classifyName(name, worldPlaces());
  return [`${name.text}: ${kind.kind}/${kind.type}`];
});

describe('nameKey and personKey', () => {
  it('reads case, accents, full stops, hyphens, "the" and British/American spelling as one', () => {
    expect(nameKey('The Ministry of Defence')).toBe(nameKey('Ministry of Defense'));
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Nagorno-Karabakh')).toBe(nameKey('Nagorno Karabakh'));
    expect(nameKey('Caspian Harbour Centre')).toBe(nameKey('Caspian Harbor Center'));
    expect(nameKey('Organisation')).toBe(nameKey('Organization'));
  });

  it('reads common transliteration variants of a person’s name as one, and different names apart', () => {
    expect(personKey('Nikol Pashinyan')).toBe(personKey('Nikol Pachinian'));
    expect(personKey('Ilham Aliyev')).toBe(personKey('Ilham Aliev'));
    expect(personKey('Ilham Aliyev')).not.toBe(personKey('Jeyhun Aliyev'));
  });
});

describe('abbreviations', () => {
  it('knows an abbreviation from a word', () => {
    expect(['WHO', 'U.S.', 'M5S', 'KPA'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['Who', 'I', 'A.'].map(isAcronym)).toEqual([false, false, false]);
    expect(acronymKey('L.A.')).toBe('LA');
  });

  it('makes initials with and without the small words', () => {
    expect(initialsOf('World Health Organisation')).toEqual(['WHO']);
    expect(initialsOf('Union of Rationalist Atheists and Agnostics')).toEqual(['URAA', 'UoRAaA'.toUpperCase()]);
    expect(initialsOf('Baku')).toEqual([]);
  });

  it('reads definitions in brackets, in both orders', () => {
    const text = "The Korean People's Army (KPA) moved. The CPSA (Caspian Port Safety Authority) did not.";
    const names = [{ text: "Korean People's Army", start: 4 }, { text: 'Caspian Port Safety Authority', start: text.indexOf('Caspian') }]
      .map((n) => ({ ...n, end: n.start + n.text.length }));
    expect(Object.fromEntries(definedAbbreviations(text, names))).toEqual({ KPA: "Korean People's Army", CPSA: 'Caspian Port Safety Authority' });
  });
});

describe('world places', () => {
  it('finds countries by other names, abbreviations and scripts, and cities with their country', () => {
    const world = worldPlaces();
    expect(world.lookup('DPRK')?.id).toBe('north-korea');
    expect(world.lookup('UK')?.id).toBe('united-kingdom');
    expect(world.lookup('Հայաստան')?.id).toBe('armenia');
    expect(world.lookup('KP')).toBeUndefined();
    expect(world.lookup('Almaty')).toMatchObject({ id: 'almaty', type: 'city', parent: 'kazakhstan' });
    expect(world.lookup('Almaty')!.coordinates[0]).toBeCloseTo(43.26, 1);
    expect(world.lookup('Herat')?.country).toBe('AF');
  });
});

describe('name candidates', () => {
  it('joins names across "of" and "for" after a head noun, not after a person’s name', () => {
    expect(candidates('A report by the Joint Council for the Welfare of Immigrants and Lee Cheuk-yan of the Labour Party.'))
      .toEqual(['Joint Council for the Welfare of Immigrants', 'Lee Cheuk-yan', 'Labour Party']);
  });

  it('drops a common word that is capitalised only because it starts a sentence', () => {
    expect(candidates('Police said Lombardy was calm. However, Gloria disagreed.')).toEqual(['Lombardy', 'Gloria']);
  });

  it('splits an organisation from the person named after it', () => {
    expect(candidates('The CEO of the Refugee Council Enver Solomon said so.')).toEqual(['CEO', 'Refugee Council', 'Enver Solomon']);
  });
});

describe('classification', () => {
  it.each([
    ['Professor Cres Eastman said so.', ['Cres Eastman: actor/person']],
    ['They met economist Laura Bergstrom there.', ['Laura Bergstrom: actor/person']],
    ['Scientologist Tom Cruise arrived.', ['Tom Cruise: actor/person']],
    ['The Home Secretary spoke.', []],
    ['They flew to Los Angeles and Kazakhstan.', ['Los Angeles: place/city', 'Kazakhstan: place/country']],
    ['A statement by the Swedish Trade Council.', ['Swedish Trade Council: actor/organisation']],
    ['Crowds at Shandao Station watched.', ['Shandao Station: place/place']],
    ['They watched the World Cup.', []],
    ['Later Kwok Ka-ki spoke.', ['Kwok Ka-ki: actor/person']],
  ])('%j', (text, expected) => expect(classified(text)).toEqual(expected));
});

describe('person names with particles', () => {
  it('keeps "de", "van der" inside a person’s name', () => {
    expect(candidates('Later Charles de Gaulle met Rafael van der Vaart.')).toEqual(['Charles de Gaulle', 'Rafael van der Vaart']);
  });
});
