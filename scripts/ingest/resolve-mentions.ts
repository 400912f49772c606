/**
 * Mentions of one article → its entities: each real-world entity once, with every spelling the
 * article uses for it. Full names are resolved first; a lone word or an abbreviation then joins
 * the one full name it stands for (a surname, a part of an organisation's name, initials, a
 * definition in brackets), or becomes an entity of its own when it stands for none.
 */
import { slugify } from '../../src/lib/slug.ts';
import type { CleanName, NameKind } from './classify-name.ts';
import type { EntityIndex, FoundEntity } from './find-entities.ts';
import { isEnglishWord, isMisspeltWord } from './english-words.ts';
import { CORPORATE_SUFFIX, isCommonWord, isNameTagged } from './find-name-candidates.ts';
import { lexiconTags } from './tag-words.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { nameKey, personKey } from './name-key.ts';
import { GENERATIONAL, LEXICON_NAME_TAGS, PLACE_PREFIXES } from './name-words.ts';
import { acronymKey, definedAbbreviations, initialsOf, isAcronym } from './resolve-abbreviations.ts';
import { isDemonymOrLanguage, type WorldPlace, type WorldPlaces } from './world-places.ts';

export interface Mention {
  block: number;
  start: number;
  end: number;
  /** The name as written. */
  surface: string;
  /** The name key to resolve it by, when not that of the surface ("Food Standards of Australia and New Zealand"). */
  key?: string;
  /** The name in natural order, when the surface is not ("Austen, Jane" in a reading list: "Jane Austen"). */
  canonical?: string;
  /** Set for a gazetteer match. */
  entry?: GazetteerEntry;
  /** Set for a discovered name: the cleaned name, its classification and its paragraph. */
  name?: CleanName;
  guess?: NameKind;
  text?: string;
}

/** Abbreviations of common nouns (measures, conditions, devices, degrees): too common to name an actor on their own. */
const NOT_ACTORS = new Set(['TV', 'CEO', 'CFO', 'GDP', 'AM', 'PM', 'OK', 'ID', 'PC', 'IT', 'UTC', 'GMT', 'DNA', 'HIV', 'AIDS', 'COVID', 'CCTV', 'SUV', 'PR', 'FAQ', 'USD', 'EUR', 'PHD', 'BA', 'BSC', 'MSC', 'MBA', 'MPHIL', 'DPHIL', 'LLB', 'LLM', 'MP', 'MPS', 'MEP', 'NGO', 'NGOS', 'VIP', 'CD', 'DVD', 'HD', 'AI', 'LGBT', 'LGBTQ', 'BC', 'AD', 'CE', 'BCE', 'GPS', 'URL', 'PDF', 'HTML', 'XML', 'JSON', 'CSV', 'RSS', 'SMS', 'USB', 'ATM', 'VAT', 'KM', 'KG', 'IQ', 'BMI', 'GNP', 'CPI', 'GPA', 'ICU', 'MRI', 'PTSD', 'ADHD', 'OCD', 'UV', 'IVF', 'HPV', 'STD', 'MPH', 'RPM', 'LED', 'LCD', 'CPU', 'GPU', 'SIM', 'PIN', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** "L.A.", "N.Y.": initials written with full stops. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const COMPASS_WORDS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)$/;

interface Builder extends FoundEntity {
  /** Words of the longest name seen, for ranking a canonical name. */
  weight: number;
  /** Strength of the evidence for its kind (`NameKind.strength`). */
  strength: number;
}

export function resolveMentions(mentions: readonly Mention[], index: EntityIndex, world: WorldPlaces): FoundEntity[] {
  const builders = new Map<string, Builder>();
  const byKey = new Map<string, Builder>();
  const byPersonKey = new Map<string, Builder>();

  const add = (b: Builder, m: Mention) => {
    b.mentions += 1;
    b.spans.push({ block: m.block, start: m.start, end: m.end });
    if (!b.surfaces.includes(m.surface)) b.surfaces.push(m.surface);
  };
  const fromEntry = (e: GazetteerEntry): Builder => {
    const key = `${e.kind}:${e.id}`;
    let b = builders.get(key);
    if (!b) {
      b = { id: e.id, name: e.name, kind: e.kind, type: e.type, origin: 'gazetteer', surfaces: [], mentions: 0, spans: [], coordinates: e.coordinates, parent: e.parent, weight: Infinity, strength: Infinity };
      builders.set(key, b);
      for (const n of [e.name, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), b);
      if (e.type === 'person') byPersonKey.set(personKey(e.name), b);
    }
    return b;
  };
  const fromWorld = (p: WorldPlace): Builder => {
    const entry = index.byId.get(`place:${p.id}`);
    if (entry) return fromEntry(entry);
    const key = `place:${p.id}`;
    let b = builders.get(key);
    if (!b) {
      const parent = p.parent ? (index.byId.get(`place:${p.parent}`)?.id ?? p.parent) : null;
      b = { id: p.id, name: p.name, kind: 'place', type: p.type, origin: 'discovered', surfaces: [], mentions: 0, spans: [], coordinates: p.coordinates, parent, weight: Infinity, strength: Infinity };
      builders.set(key, b);
      byKey.set(nameKey(p.name), b);
    }
    return b;
  };
  const discovered = (m: Mention, guess: NameKind): Builder => {
    const key = m.key ?? nameKey(m.surface);
    const words = m.name!.tokens.length;
    const spelling = m.canonical ?? m.surface;
    let b = byKey.get(key) ?? (guess.type === 'person' ? byPersonKey.get(personKey(spelling)) : undefined);
    const strength = guess.strength ?? 1;
    if (!b) {
      b = { id: '', name: spelling, kind: guess.kind, type: guess.type, origin: 'discovered', surfaces: [], mentions: 0, spans: [], coordinates: null, parent: null, weight: words, strength };
      builders.set(`new:${builders.size}`, b);
    } else if (b.origin === 'discovered') {
      if (b.weight < words) Object.assign(b, { name: spelling, weight: words });
      if (b.strength < strength || (b.strength === strength && b.weight <= words)) Object.assign(b, { kind: guess.kind, type: guess.type, strength });
    }
    byKey.set(key, b);
    // "Microsoft Corp." and then "Microsoft": a company's legal suffix is no part of what it is called.
    const space = spelling.lastIndexOf(' ');
    const called = space > 0 && CORPORATE_SUFFIX.test(spelling.slice(space + 1)) ? spelling.slice(0, space) : spelling;
    if (called !== spelling && b.kind === 'actor' && !byKey.has(nameKey(called))) byKey.set(nameKey(called), b);
    if (b.type === 'person') byPersonKey.set(personKey(spelling), b);
    return b;
  };

  // Gazetteer matches, then full names (two words or more, or a known place).
  const later: Mention[] = [];
  const abbreviatedEnds: Mention[] = [];
  for (const m of mentions) {
    if (m.entry) { add(fromEntry(m.entry), m); continue; }
    const guess = m.guess!;
    const bare = m.surface.replace(PLACE_PREFIXES, '');
    const known = index.byName.get(bare);
    if (known) { add(fromEntry(known), m); continue; }
    const single = m.name!.tokens.length < 2 || isAcronym(m.surface);
    if (guess.kind === 'place' && guess.world && !single) { add(fromWorld(guess.world), m); continue; }
    if (bare !== m.surface) {
      const place = world.lookup(bare);
      if (place) { add(fromWorld(place), m); continue; }
    }
    if (single) { later.push(m); continue; }
    if (DOTTED_ABBREVIATION.test(m.name!.tokens.at(-1)!.text)) { abbreviatedEnds.push(m); continue; }
    add(discovered(m, guess), m);
  }
  // "East L.A." beside "East Los Angeles": a name ending in the initials of the rest of a longer
  // name in the article is that name.
  for (const m of abbreviatedEnds) {
    const words = m.surface.split(/\s+/);
    const prefix = words.slice(0, -1).join(' ');
    const letters = words.at(-1)!.replace(/\./g, '');
    const longer = [...new Set(builders.values())].filter((b) => b.mentions > 0 && [b.name, ...b.surfaces].some((n) => {
      const rest = n.split(/\s+/);
      return n.startsWith(`${prefix} `) && rest.length - words.length + 1 === letters.length && rest.slice(words.length - 1).map((w) => w[0]).join('') === letters;
    }));
    if (longer.length === 1) add(longer[0], m);
    else add(discovered(m, m.guess!), m);
  }

  // "Home Office" in an article about the "United Kingdom Home Office": one organisation.
  const orgs = [...new Set(builders.values())].filter((b) => b.kind === 'actor' && b.type !== 'person');
  for (const b of orgs) {
    if (b.origin !== 'discovered') continue;
    const key = nameKey(b.name);
    const headPart = (name: string) => ` ${nameKey(name).split(/ (?:of|for|on) /)[0]}`;
    const longer = orgs.filter((o) => o !== b && o.mentions > 0 && [o.name, ...o.surfaces].some((n) => n.length > b.name.length && headPart(n).endsWith(` ${key}`)));
    if (longer.length !== 1) continue;
    absorb(longer[0], b);
    for (const [k, v] of byKey) if (v === b) byKey.set(k, longer[0]);
  }

  // What a lone word or an abbreviation may stand for.
  const defined = new Map<string, string>();
  const blocks = new Map<number, { text: string; names: { start: number; end: number; text: string }[] }>();
  for (const m of mentions) {
    if (!m.text) continue;
    const b = blocks.get(m.block) ?? { text: m.text, names: [] };
    b.names.push({ start: m.start, end: m.end, text: m.surface });
    blocks.set(m.block, b);
  }
  for (const { text, names } of blocks.values()) for (const [abbr, long] of definedAbbreviations(text, names)) defined.set(abbr, long);
  const full = [...new Set(builders.values())].filter((b) => b.mentions > 0);
  const givenNames = new Map<string, Builder | null>();
  const complements = new Map<string, Builder | null>();
  const unique = <T>(map: Map<string, T | null>, key: string, value: T) => map.set(key, map.has(key) && map.get(key) !== value ? null : value);
  const surnames = new Map<string, Builder | null>();
  const parts = new Map<string, Builder | null>();
  const initials = new Map<string, Builder | null>();
  // "Korea" after "South Korea": a place's name without its compass word, when the world list has no place of its own by it.
  const placeTails = new Map<string, Builder | null>();
  for (const b of full) {
    for (const s of new Set([b.name, ...b.surfaces])) {
      const words = s.split(/\s+/);
      if (words.length < 2 || s.includes(', ')) continue; // "Austen, Jane": its name is in natural order
      if (b.kind === 'place' && COMPASS_WORDS.test(words[0])) unique(placeTails, nameKey(words.slice(1).join(' ')), b);
      for (const i of initialsOf(s)) unique(initials, i, b);
      if (b.type === 'person') {
        // "Benigno Aquino III", "Martin Luther King Jr.": the surname is before a generational suffix.
        const last = words.length > 2 && GENERATIONAL.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
        unique(surnames, nameKey(last), b);
        unique(givenNames, nameKey(words[0]), b);
      }
      else if (b.kind === 'actor') {
        const ofAt = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
        const headPart = ofAt > 0 ? words.slice(0, ofAt) : words;
        for (let i = ofAt > 0 ? 0 : 1; i < headPart.length; i++) unique(parts, nameKey(headPart.slice(i).join(' ')), b);
        if (ofAt > 0 && words.length === ofAt + 2) unique(complements, nameKey(words[ofAt + 1]), b);
      }
    }
  }

  for (const m of later) {
    const guess = m.guess!;
    const key = nameKey(m.surface);
    if (isAcronym(m.surface)) {
      const abbr = acronymKey(m.surface);
      const long = defined.get(abbr);
      const target = (long && (byKey.get(nameKey(long)) ?? (index.byName.get(long) && fromEntry(index.byName.get(long)!))))
        || byKey.get(key) || initials.get(abbr) || undefined;
      if (target) { add(target, m); continue; }
      if (m.name!.website) { const site = siteOwner(m.surface, full); if (site) add(site, m); continue; }
      // "YEREVAN, Oct 30": a dateline's place in capitals.
      const titled = m.surface.length >= 4 ? m.surface[0] + m.surface.slice(1).toLowerCase() : undefined;
      const entry = titled && index.byName.get(titled);
      if (entry) { add(fromEntry(entry), m); continue; }
      const place = world.lookup(abbr) ?? (titled && world.lookup(titled));
      if (place) { add(fromWorld(place), m); continue; }
      if (NOT_ACTORS.has(abbr.toUpperCase()) || /\d/.test(abbr)) continue; // "IE6": a version, not a body
      // "ROTC" after "Air Force ROTC": the last word of one organisation's name (a place's code is the place, above).
      const part = parts.get(key);
      if (part) { add(part, m); continue; }
      add(discovered(m, { kind: 'actor', type: 'organisation' }), m);
      continue;
    }
    if (NOT_ACTORS.has(m.surface.replace(/\./g, '').toUpperCase())) continue; // "M.Sc", "Ph.D": dotted, but still no body
    if (/^\p{Lu}{2,}[\p{Lu}\p{N}]*-\p{N}+$/u.test(m.surface)) continue; // "COVID-19", "MH-17": a strain, a model or a flight, as "IE6" above (not "G-20")
    // A place is never a part of an organisation's name ("Moldova" is not "Statistics Moldova").
    const target = byKey.get(key) ?? surnames.get(key) ?? (guess.kind === 'place' ? (guess.world ? undefined : placeTails.get(key) ?? undefined) : parts.get(key)) ?? (surnames.has(key) ? undefined : givenNames.get(key))
      ?? (m.name!.titled ? closeSurname(key, surnames) : undefined);
    if (target) { add(target, m); continue; }
    if (surnames.get(key) === null || parts.get(key) === null) continue; // two people or bodies share it
    if (m.name!.newspaper) { add(discovered(m, guess), m); continue; }
    // "Scientology" for the "Church of Scientology" (not "Texas" for the "University of Texas").
    const complement = complements.get(key);
    if (complement && (m.name!.website || (!world.lookup(m.surface) && !lexiconTags(m.surface).some((t) => PLACE_TAGS.has(t))))) { add(complement, m); continue; }
    if (m.name!.website) { const site = siteOwner(m.surface, full); if (site) add(site, m); continue; } // else a site of no body named
    if (guess.kind === 'place' && guess.world) { add(fromWorld(guess.world), m); continue; }
    // A lone common word ("State", "Labour") names something only with the name it stands for.
    const token = m.name!.tokens[0];
    if (!m.name!.titled && isCommonWord(token) && (isEnglishWord(token.text) || !isNameTagged(token)) && !lexiconTags(token.text).some((t) => LEXICON_NAME_TAGS.has(t))) continue;
    // …nor does a misspelt common or people's word ("Technlogy", "Brazillian").
    if (!m.name!.titled && !lexiconTags(token.text).length && isMisspeltWord(token.text, isDemonymOrLanguage)) continue;
    add(discovered(m, m.name!.titled ? { kind: 'actor', type: 'person' } : guess), m);
  }

  const out = new Map<string, FoundEntity>();
  for (const b of builders.values()) if (b.mentions === 0) b.id = '';
  for (const b of new Set(builders.values())) {
    if (b.mentions === 0) continue;
    if (b.origin === 'discovered' && !b.id) {
      b.name = b.name.replace(/^the\s+/i, '');
      b.id = slugify(nameKey(b.name)) || `name-${[...b.name].map((c) => c.codePointAt(0)!.toString(36)).join('')}`.slice(0, 40);
    }
    const key = `${b.kind}:${b.id}`;
    const same = out.get(key);
    const { weight: _w, strength: _s, ...entity } = b;
    if (same) absorb(same, entity);
    else out.set(key, entity);
  }
  return [...out.values()];
}

/** "CaspianMedia.az" for the "Caspian Media Group", "CBC.ca" for "CBC News": the one body whose name begins with the site's. */
function siteOwner<T extends FoundEntity>(site: string, entities: readonly T[]): T | undefined {
  const compact = (s: string) => nameKey(s).replace(/ /g, '');
  const key = compact(site);
  const owners = entities.filter((b) => b.kind === 'actor' && b.type !== 'person' && [b.name, ...b.surfaces].some((n) => compact(n).startsWith(key)));
  return owners.length === 1 ? owners[0] : undefined;
}

/** Moves the mentions of one entity to another (two spellings found to name one entity). */
function absorb(into: FoundEntity, from: FoundEntity): void {
  into.mentions += from.mentions;
  into.spans.push(...from.spans);
  for (const surface of from.surfaces) if (!into.surfaces.includes(surface)) into.surfaces.push(surface);
  from.mentions = 0;
}

/** "Ms Bauchtman" for "Lydia Buchtmann": a titled surname one or two letters off a unique one. */
function closeSurname<T>(key: string, surnames: Map<string, T | null>): T | undefined {
  if (key.length < 5) return undefined;
  const close = [...surnames].filter(([s, b]) => b && Math.abs(s.length - key.length) <= 2 && editDistance(s, key) <= 2);
  return close.length === 1 ? close[0][1]! : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
