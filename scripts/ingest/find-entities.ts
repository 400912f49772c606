/**
 * Finds the actors and places an article names, resolved to one entity each.
 *
 * 1. Gazetteer names and aliases, longest first, as whole words, with or without a possessive.
 * 2. A person's surname alone, once their full name has appeared earlier in the same article;
 *    a surname shared by two people of the article stays unresolved.
 * 3. Names the gazetteer lacks, found by compromise's people/organisation/place tagger, kept
 *    only when every word is capitalised (so "Armenian media" is not an organisation).
 */
import nlp from 'compromise';
import { slugify } from '../../src/lib/slug.ts';
import { namesOf, type GazetteerEntry } from './gazetteer.ts';
import { escapeRegExp } from './text-lines.ts';

export interface FoundEntity {
  id: string;
  name: string;
  kind: 'actor' | 'place';
  type: string;
  origin: 'gazetteer' | 'discovered';
  /** Spellings seen in this article. */
  surfaces: string[];
  mentions: number;
  /** Where each mention is: index of the text block given, and the span within it. */
  spans: MentionSpan[];
}

export interface MentionSpan {
  block: number;
  start: number;
  end: number;
}

export interface EntityIndex {
  pattern: RegExp;
  byName: Map<string, GazetteerEntry>;
  entries: GazetteerEntry[];
}

/** Same-length folding, so offsets found in the folded text hold in the original. */
function fold(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}


const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = "(?=(?:'s)?(?![\\p{L}\\p{N}]))";

export function buildEntityIndex(entries: GazetteerEntry[]): EntityIndex {
  const byName = new Map<string, GazetteerEntry>();
  for (const entry of entries) for (const name of namesOf(entry)) byName.set(fold(name), entry);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`${BOUNDARY_BEFORE}(${names.map(escapeRegExp).join('|')})${BOUNDARY_AFTER}`, 'gu');
  return { pattern, byName, entries };
}

const TITLES = /^(?:(?:president|prime minister|deputy prime minister|foreign minister|defen[cs]e minister|minister|secretary of state|secretary|spokes(?:man|woman|person)|general|gen\.|colonel|col\.|chancellor|king|queen|prince|mr\.?|mrs\.?|ms\.?|dr\.?|sir|ambassador|senator|sen\.?|governor|mayor|chairman|leader)\s+)+/i;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'al', 'el', 'von', 'van', 'der', 'da', 'bin']);

/** Trims what a tagger leaves around a name: titles, possessives, punctuation. */
export function cleanName(raw: string): string {
  return fold(raw)
    .replace(/[\s,.;:!?"“”()[\]]+$/u, '')
    .replace(/^[\s"“”(]+/u, '')
    .replace(/'s$/u, '')
    .replace(TITLES, '')
    .trim();
}

function isProperName(name: string): boolean {
  const words = name.split(/\s+/);
  if (name.length < 2 || /\d/.test(name)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && CONNECTORS.has(w)));
}

export function findEntities(paragraphs: readonly string[], index: EntityIndex): FoundEntity[] {
  const found = new Map<string, FoundEntity>();
  let block = 0;
  const add = (key: string, make: () => Omit<FoundEntity, 'surfaces' | 'mentions' | 'spans'>, surface: string, start: number) => {
    const entity = found.get(key) ?? { ...make(), surfaces: [], mentions: 0, spans: [] };
    entity.mentions += 1;
    entity.spans.push({ block, start, end: start + surface.length });
    if (!entity.surfaces.includes(surface)) entity.surfaces.push(surface);
    found.set(key, entity);
  };
  const fromEntry = (e: GazetteerEntry) => () => ({ id: e.id, name: e.name, kind: e.kind, type: e.type, origin: 'gazetteer' as const });
  const surnames = new Map<string, string | null>(); // surname → entity key, null when shared
  const rememberSurname = (key: string, fullName: string) => {
    const surname = fullName.split(/\s+/).at(-1);
    if (!surname || surname === fullName) return;
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known === key ? key : null);
  };

  for (const [at, paragraph] of paragraphs.entries()) {
    block = at;
    const text = fold(paragraph);
    const taken: [number, number][] = [];
    const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);

    for (const match of text.matchAll(index.pattern)) {
      const entry = index.byName.get(match[1]);
      if (!entry) continue;
      const key = `${entry.kind}:${entry.id}`;
      add(key, fromEntry(entry), paragraph.slice(match.index, match.index + match[1].length), match.index);
      taken.push([match.index, match.index + match[1].length]);
      if (entry.type === 'person') rememberSurname(key, match[1]);
    }

    const doc = nlp(paragraph);
    const tagged = [
      ...doc.people().json({ offset: true }).map((t: Tagged) => ({ ...t, kind: 'actor' as const, type: 'person' })),
      ...doc.organizations().json({ offset: true }).map((t: Tagged) => ({ ...t, kind: 'actor' as const, type: 'organisation' })),
      ...doc.places().json({ offset: true }).map((t: Tagged) => ({ ...t, kind: 'place' as const, type: 'place' })),
    ].sort((a, b) => a.offset.start - b.offset.start);
    for (const whole of mergeOfPhrases(tagged, paragraph)) for (const t of splitRunOns(completeHyphenated(whole, paragraph))) {
      const name = cleanName(t.text);
      const start = text.indexOf(name, t.offset.start);
      if (start < 0 || !free(start, start + name.length) || !isProperName(name)) continue;
      taken.push([start, start + name.length]);
      const surnameOf = surnames.get(name);
      if (surnameOf) {
        const entity = found.get(surnameOf)!;
        add(surnameOf, () => entity, name, start);
        continue;
      }
      const known = index.byName.get(name);
      if (known) { add(`${known.kind}:${known.id}`, fromEntry(known), name, start); continue; }
      if (t.type === 'person' && !name.includes(' ')) continue; // a lone unknown surname names no one for sure
      const id = slugify(name) || `name-${[...name].map((c) => c.codePointAt(0)!.toString(36)).join('')}`.slice(0, 40);
      const key = `${t.kind}:${id}`;
      add(key, () => ({ id, name, kind: t.kind, type: t.type, origin: 'discovered' }), name, start);
      if (t.type === 'person') rememberSurname(key, name);
    }

    // Surnames the tagger did not tag, e.g. "Aliyev" after "Ilham Aliyev".
    for (const [surname, key] of surnames) {
      if (!key) continue;
      const re = new RegExp(`${BOUNDARY_BEFORE}${escapeRegExp(surname)}${BOUNDARY_AFTER}`, 'gu');
      for (const m of text.matchAll(re)) {
        if (!free(m.index, m.index + surname.length)) continue;
        taken.push([m.index, m.index + surname.length]);
        add(key, () => found.get(key)!, surname, m.index);
      }
    }
  }
  for (const entity of found.values()) entity.spans.sort((a, b) => a.block - b.block || a.start - b.start);
  return [...found.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

interface Tagged {
  text: string;
  offset: { start: number; length: number };
}

/**
 * The tagger splits names built with "of" ("International Committee" + "Red Cross" for the
 * International Committee of the Red Cross); joins two tagged names of one kind with only
 * "of" or "of the" between them.
 */
function mergeOfPhrases<T extends Tagged & { type: string }>(tagged: T[], text: string): T[] {
  const merged: T[] = [];
  for (const t of tagged) {
    const last = merged.at(-1);
    const lastEnd = last ? last.offset.start + last.offset.length : -1;
    const between = last ? text.slice(lastEnd, t.offset.start) : '';
    if (last && last.type === t.type && /^\s+of(\s+the)?\s+$/.test(between)) {
      const length = t.offset.start + t.offset.length - last.offset.start;
      merged[merged.length - 1] = { ...last, text: text.slice(last.offset.start, last.offset.start + length), offset: { start: last.offset.start, length } };
    } else merged.push(t);
  }
  return merged;
}

/** The tagger cuts hyphenated names ("Kim Jong-" for Kim Jong-un): extend to the end of the word. */
function completeHyphenated<T extends Tagged>(t: T, text: string): T {
  const end = t.offset.start + t.offset.length;
  const rest = /^[\p{L}\p{M}]+/u.exec(text.slice(end));
  if (!t.text.trimEnd().endsWith('-') || !rest) return t;
  const length = t.offset.length + rest[0].length;
  return { ...t, text: text.slice(t.offset.start, t.offset.start + length), offset: { start: t.offset.start, length } };
}

/** The tagger runs names across commas and full stops ("Mountain View, California", "Marilyn. In"). */
function splitRunOns<T extends Tagged>(t: T): T[] {
  const parts: T[] = [];
  const re = /[^,.;]+(?:\.(?=\S)[^,.;]*)*/gu; // keeps "U.S." and "F." initials whole
  for (const m of t.text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const part = m[0].trim();
    if (part) parts.push({ ...t, text: part, offset: { start: t.offset.start + m.index + lead, length: part.length } });
  }
  return parts.length ? parts : [t];
}
