/**
 * Finds the actors and places an article names, resolved to one entity each.
 *
 * 1. Gazetteer names and aliases, longest first, as whole words, with or without a possessive.
 * 2. A paragraph that is a reading list's entry ("Austen, Jane. Pride and Prejudice",
 *    `bibliography-entry.ts`): its authors, in natural order; its title names no one. Editorial
 *    brackets inside names are read through ("[Phil] Gramm", `maskEditorialBrackets`).
 *    Candidate names (`find-name-candidates.ts`) cleaned of titles, descriptors, "The" and
 *    possessives, and classified (`classify-name.ts`: head nouns, tagger, world places); those
 *    the words around them show to name no actor or place are left out (`name-context.ts`:
 *    quoted titles, currencies, websites, products with a version number; small towns' names
 *    used as makes; a sentence's first word the article writes in lower case elsewhere).
 * 3. Resolution within the article (`resolve-mentions.ts`): spellings that differ only in case,
 *    accents, British/American spelling or transliteration; abbreviations defined in the text or
 *    made of a name's initials; a surname alone to the one full name that ends with it; a part
 *    of an organisation's name to that organisation; a place's name to the world places list.
 * 4. Discovered names on weak evidence are held back (`holdBackReason`): no page, but listed
 *    for review (`npm run review:entities`) so an archivist can add them to the gazetteer.
 * 5. A headline (the first block) in title case, where every word is
 *    capitalised, only names what the rest of the article names.
 */
import { namesOf, type GazetteerEntry } from './gazetteer.ts';
import { bibliographyEntry } from './bibliography-entry.ts';
import { escapeRegExp } from './text-lines.ts';
import { CORPORATE_SUFFIX, findNameCandidates, isCommonWord, isPeopleWord, maskEditorialBrackets, nameText, tokenise, type Token } from './find-name-candidates.ts';
import { lexiconTags } from './tag-words.ts';
import { isEnglishWord } from './english-words.ts';
import { classifyName, cleanCandidate, type CleanName, type NameKind } from './classify-name.ts';
import { resolveMentions, type Mention } from './resolve-mentions.ts';
import { worldPlaces, type WorldPlaces } from './world-places.ts';
import { EVENT_PREFIXES, GIVEN_NAME_TAGS, LEXICON_NAME_TAGS, ORGANISATION_HEADS, TITLES, WORK_NOUNS } from './name-words.ts';
import { nameKey, personKey } from './name-key.ts';
import { isAcronym, spellsLowerCasePhrase } from './resolve-abbreviations.ts';
import { followsClockTime, hasProductSuffix, isCurrencyPrefix, isIndefinite, isTaxonName, isVersioned, namesAnEvent, quotedTitles } from './name-context.ts';

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
  /** [latitude, longitude] of a place, from the gazetteer or the world places list. */
  coordinates: [number, number] | null;
  /** Id of the containing place (a city's country). */
  parent: string | null;
}

/** Why a discovered name is held back from a page of its own (`holdBackReason`). */
export type HoldReason = 'given-name-alone' | 'common-words';

export interface HeldBackEntity extends FoundEntity {
  reason: HoldReason;
}

export interface MentionSpan {
  block: number;
  start: number;
  end: number;
}

export interface EntityIndex {
  pattern: RegExp;
  byName: Map<string, GazetteerEntry>;
  byId: Map<string, GazetteerEntry>;
  entries: GazetteerEntry[];
}

/** Same-length folding, so offsets found in the folded text hold in the original. */
function fold(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}

/** The text names are read in: folded, editorial brackets masked (same length). */
const readingText = (paragraph: string) => maskEditorialBrackets(fold(paragraph));

/** A name's spelling as the article writes it, without editorial brackets ("[Phil] Gramm"). */
export const surfaceAt = (paragraph: string, start: number, end: number) => paragraph.slice(start, end).replace(/ ?[[\]] ?/g, ' ');

const COMPASS_BEFORE = /(?:^|\s)(?:North|South|East|West|Central|Latin|Northern|Southern|Eastern|Western|Middle) $/u;
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = "(?=(?:'s)?(?![\\p{L}\\p{N}]))";

export function buildEntityIndex(entries: GazetteerEntry[]): EntityIndex {
  const byName = new Map<string, GazetteerEntry>();
  for (const entry of entries) for (const name of namesOf(entry)) byName.set(fold(name), entry);
  // "Azerbaijan's Defence Ministry" is written "Azerbaijan Defence Ministry" too: a name with a
  // possessive inside also matches without it, unless another entry has that spelling.
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const plain = fold(name).replace(/^(\p{Lu}[\p{L}\p{M} -]*)'s (?=\p{Lu})/u, '$1 ');
      if (plain !== fold(name) && !byName.has(plain)) byName.set(plain, entry);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`${BOUNDARY_BEFORE}(${names.map(escapeRegExp).join('|')})${BOUNDARY_AFTER}`, 'gu');
  const byId = new Map(entries.map((e) => [`${e.kind}:${e.id}`, e]));
  return { pattern, byName, byId, entries };
}

/** Trims what surrounds a name: titles, possessives, punctuation. */
export function cleanName(raw: string): string {
  let words = fold(raw).replace(/[\s,.;:!?"“”()[\]]+$/u, '').replace(/^[\s"“”(]+/u, '').replace(/'s$/u, '').trim().split(/\s+/);
  while (words.length > 1 && (TITLES.has(words[0].toLowerCase().replace(/\.$/, '')) || (words[0] === 'of' && words.length > 2))) words = words.slice(1);
  return words.join(' ');
}

/** A headline in title case capitalises every word: its capitals say nothing about names. */
function isTitleCase(text: string): boolean {
  const words = (text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !SMALL_WORDS.has(w));
  return words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length <= 0.1 * words.length;
}
const SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'after', 'upon', 'than', 'that', 'this', 'amid', 'near', 'says', 'said']);

/**
 * "Statistics Moldova said…": a sentence's first word was dropped as a common word; it is part of
 * the name when the article writes the longer name elsewhere.
 */
function restoreSentenceStarts(mentions: Mention[], paragraphs: readonly string[], world: WorldPlaces): void {
  const longer = new Set(mentions.filter((m) => m.name && m.name.tokens.length > 1).map((m) => nameKey(m.surface)));
  // "Mountain Copper Ltd." … "Mountain Copper employs…": a company's name without its legal suffix.
  for (const m of mentions) if (m.name && m.name.tokens.length > 2 && CORPORATE_SUFFIX.test(m.name.tokens.at(-1)!.text)) longer.add(nameKey(m.surface.replace(/ \S+$/, '')));
  for (const m of mentions) {
    if (!m.name || !m.text) continue;
    const before = /(?:^|[.!?:;"“]\s*)(\p{Lu}[\p{L}\p{M}'-]*) $/u.exec(m.text.slice(Math.max(0, m.start - 40), m.start));
    if (!before) continue;
    const start = m.start - before[1].length - 1;
    const surface = surfaceAt(paragraphs[m.block], start, m.end);
    if (!longer.has(nameKey(surface)) || nameKey(surface) === nameKey(m.surface)) continue; // a dropped "The" stays dropped
    const tokens = tokenise(m.text).filter((t) => t.start >= start && t.end <= m.end);
    m.start = start;
    m.surface = surface;
    m.name = { ...m.name, start, text: nameText(m.text, start, m.end), tokens };
    m.guess = classifyName(m.name, world);
  }
}

/**
 * "Cyclone Phailin", "Operation Clean Sweep": the name after a storm's or an operation's prefix,
 * which names the same thing when the article uses it alone ("Phailin made landfall").
 */
function stormOrOperationName(tokens: readonly Token[]): string | undefined {
  if (tokens.length < 2 || !EVENT_PREFIXES.has(tokens[0].text.toLowerCase())) return undefined;
  if (tokens.some((t) => /^\p{Ll}/u.test(t.text))) return undefined; // "Battle of …", "Treaty of …": named after a place
  return tokens.slice(1).map((t) => t.text.replace(/'s?$/, '')).join(' ');
}

const lowerCaseWords = new WeakMap<readonly string[], Set<string>>();

/**
 * "Cosplay celebration of…" where the article also writes "cosplay": a sentence's first word,
 * alone, that the article writes in lower case elsewhere is a common word, not a name.
 */
function isLowerCaseElsewhere(tokens: readonly Token[], paragraphs: readonly string[]): boolean {
  if (tokens.length !== 1 || !tokens[0].sentenceStart || lexiconTags(tokens[0].text).some((t) => LEXICON_NAME_TAGS.has(t))) return false;
  let words = lowerCaseWords.get(paragraphs);
  if (!words) {
    words = new Set(paragraphs.flatMap((p) => p.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{N}-])/gu) ?? []));
    lowerCaseWords.set(paragraphs, words);
  }
  return words.has(tokens[0].text.toLowerCase());
}

/**
 * "Google Chrome" and then "Chrome": a body's name before words the article then uses alone
 * names that body's product (a company's division is not called by its last words alone). The
 * body is one the lexicon knows or the article names on its own.
 */
function isBrandedProduct(entity: FoundEntity, all: readonly FoundEntity[]): boolean {
  if (entity.origin !== 'discovered' || entity.kind !== 'actor') return false;
  const words = entity.name.split(' ');
  if (words.length < 2) return false;
  const rest = words.slice(1).join(' ');
  if (!entity.surfaces.includes(rest)) return false;
  const brand = words[0];
  const tags = lexiconTags(brand);
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName')) return false;
  return tags.includes('Organization') || all.some((o) => o !== entity && o.kind === 'actor' && o.type !== 'person' && nameKey(o.name) === nameKey(brand));
}

/**
 * "the Food Standards of Australia and New Zealand" where the article also writes "Food
 * Standards Australia New Zealand": names joined by "of" and "and" that, without those words,
 * make a name the article writes are that one name, not two or three.
 */
function joinSpelledOut(mentions: Mention[], paragraphs: readonly string[]): void {
  const longer = new Set(mentions.filter((m) => m.surface.includes(' ')).map((m) => nameKey(m.surface)));
  if (longer.size === 0) return;
  const order = [...mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  const drop = new Set<Mention>();
  for (let i = 0; i < order.length; i++) {
    for (let n = 3; n >= 2; n--) {
      const run = order.slice(i, i + n);
      if (run.length < n || run.some((m) => m.block !== run[0].block || drop.has(m))) continue;
      const text = paragraphs[run[0].block];
      const gaps = run.slice(1).map((m, k) => text.slice(run[k].end, m.start));
      if (!gaps.every((g) => /^ (?:of(?: the)?|and|&) $/.test(g)) || !/^ of/.test(gaps[0])) continue;
      const key = nameKey(run.map((m) => m.surface).join(' '));
      if (!longer.has(key)) continue;
      const [first] = run;
      const joined = order.find((m) => nameKey(m.surface) === key)!;
      Object.assign(first, { key, end: run.at(-1)!.end, surface: text.slice(first.start, run.at(-1)!.end), entry: joined.entry, name: joined.name && first.name ? { ...first.name, end: run.at(-1)!.end, text: text.slice(first.start, run.at(-1)!.end) } : joined.name, guess: joined.guess, text: joined.text ?? first.text });
      for (const m of run.slice(1)) drop.add(m);
      break;
    }
  }
  if (drop.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !drop.has(m)));
}

/**
 * "Ural trucks": a lone word read as a place only because a small town (under 20,000 people) of
 * that name is in GeoNames, written before a plural noun it qualifies, names a make, not the town.
 */
function isSmallTownModifier(guess: NameKind, name: CleanName, text: string): boolean {
  if (guess.kind !== 'place' || guess.world?.type !== 'city' || guess.world.population >= 20_000 || name.tokens.length !== 1) return false;
  if (lexiconTags(name.text).some((t) => LEXICON_NAME_TAGS.has(t))) return false;
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(name.end, name.end + 40))?.[1];
  if (!next) return false;
  const tags = lexiconTags(next);
  // A plural noun ("trucks", "rifles"): a make of things; not "the Monti government".
  return tags.includes('Plural') || (tags.length === 0 && /[^s]s$/.test(next) && isEnglishWord(next.slice(0, -1)));
}

/**
 * "the Malaysia Tourism board": a country's name and common words before a lower-case noun for
 * a body describe that body by its country ("the [Malaysia] [tourism board]"); the country is
 * the name. Returns the country's part of the name, or nothing.
 */
function countryBeforeBodyNoun(guess: NameKind, name: CleanName, text: string, world: WorldPlaces): CleanName | undefined {
  if (guess.kind !== 'actor' || (guess.strength ?? 1) >= 2 || name.tokens.length < 2) return undefined;
  const [first, ...rest] = name.tokens;
  if (world.lookup(first.text)?.type !== 'country' || !rest.every((t) => isCommonWord(t))) return undefined;
  const next = /^ (\p{Ll}+)(?![\p{L}\p{N}-])/u.exec(text.slice(name.end, name.end + 30))?.[1];
  if (!next || !ORGANISATION_HEADS.has(next)) return undefined;
  return { ...name, end: first.end, text: first.text, tokens: [first] };
}

/**
 * "Yerevan State University", "the United States Air Force": a place's name followed by
 * capitalised words that end in a body's head noun, or a building's, begins that body's or
 * building's name; the place is not named there ("State University" alone would give every
 * state university one page).
 */
function beginsBodyName(text: string, end: number): boolean {
  const run = /^ (\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*){0,3})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 80))?.[1];
  if (!run || /'s?$/.test(run)) return false;
  const head = run.split(' ').at(-1)!.toLowerCase();
  return ORGANISATION_HEADS.has(head) || BUILDING_HEADS.has(head);
}
const BUILDING_HEADS = new Set(['station', 'hall', 'airport', 'bridge', 'stadium', 'arena', 'tower', 'towers', 'cathedral', 'mosque', 'temple', 'museum', 'hospital', 'palace', 'embassy', 'consulate', 'mall', 'building', 'memorial', 'monastery', 'theatre', 'theater', 'hotel']);

/** "BAKU, Sept 30 (Reuters) -": the agency credited in a wire dateline is a credit, not an actor. */
function isCredit(text: string, name: { start: number; end: number }): boolean {
  return /\(\s*$/.test(text.slice(0, name.start)) && /^\s*\)\s*[-–—]/u.test(text.slice(name.end));
}

/**
 * Whether a discovered name is too weakly attested to get a page of its own (it is then listed
 * for review instead), and why:
 * - "given-name-alone": a given name on its own ("Jeff", "Karl", "Mark"), written with no
 *   surname the article gives it and no title: it identifies no one, and all the Jeffs of the
 *   archive would share one page.
 * - "common-words": named once, in two or more capitalised common words and guessed a body
 *   from its shape alone ("a Tax System", "Conrad's Secret Agent", "be a Fighter Pilot"): more
 *   often a concept or a work capitalised for weight than a body. One that is a body ("Homeland
 *   Security") gets its page once it is in the gazetteer; named twice, it gets one anyway.
 * `mentions` are the name's mentions in the article, each with the name as cleaned and classified.
 */
export function holdBackReason(entity: FoundEntity, mentions: readonly Mention[]): HoldReason | undefined {
  if (entity.origin !== 'discovered' || entity.kind !== 'actor' || mentions.length === 0) return undefined;
  if (mentions.some((m) => !m.name || m.name.titled || m.name.newspaper || m.name.website)) return undefined;
  if (mentions.length === 1 && isCommonWordPhrase(mentions[0])) return 'common-words';
  const single = mentions.every((m) => m.name!.tokens.length === 1);
  if (!single || entity.surfaces.some((s) => /\s/.test(s))) return undefined;
  const tags = lexiconTags(entity.name);
  return tags.length > 0 && tags.every((t) => GIVEN_NAME_TAGS.includes(t)) ? 'given-name-alone' : undefined;
}

/**
 * "Lawrence Lessig's Free Culture", "Tumanyan's Quiet Evening": capitalised common words with no
 * head noun, place or title, right after a person's possessive, are that person's work (a book,
 * a film, a plan), not a body: a person owns a body by its name ("Gordon Brown's Labour Party"
 * has a head noun). Every spelling of it in the article is then no actor.
 */
function isPersonsWork(mention: Pick<Mention, 'name' | 'guess'>, mentions: readonly Mention[], block: number, text: string): boolean {
  if (!isCommonWordPhrase(mention)) return false;
  const { start } = mention.name!;
  return mentions.some((m) => m.block === block && m.end < start && /^'s? $/.test(text.slice(m.end, start)) && (m.guess ?? m.entry)?.type === 'person');
}

/** Capitalised common words only (not a people word: "British Red Cross"), with no head noun, place or title to go on. */
function isCommonWordPhrase({ name, guess }: Pick<Mention, 'name' | 'guess'>): boolean {
  if (!name || guess?.kind !== 'actor' || guess.type !== 'organisation' || (guess.strength ?? 1) >= 2 || name.tokens.length < 2) return false;
  return name.tokens.every((t) => /^\p{Lu}/u.test(t.text) && isCommonWord(t) && !isPeopleWord(t));
}

/**
 * The actors and places of an article (blocks: headline, standfirst if any, then the body).
 * Discovered names held back on weak evidence (`holdBackReason`) are not among them; they are
 * added to `heldBack` when it is given.
 */
export function findEntities(paragraphs: readonly string[], index: EntityIndex, heldBack?: HeldBackEntity[]): FoundEntity[] {
  const world = worldPlaces();
  const mentions: Mention[] = [];
  const titleBlocks: number[] = [];
  /** Name keys of products: such a name and every spelling resolved to it are no actor. */
  const products = new Set<string>();
  const taken: [number, number][][] = paragraphs.map(() => []);
  const free = (block: number) => (start: number, end: number) => taken[block].every(([s, e]) => end <= s || start >= e);

  for (const [block, paragraph] of paragraphs.entries()) {
    const text = readingText(paragraph);
    const bibliography = bibliographyEntry(text);
    if (bibliography) {
      const words = tokenise(text);
      for (const { start, end, name } of bibliography.authors) {
        const tokens = words.filter((t) => t.start >= start && t.end <= end);
        const canonical: CleanName = { start, end, text: name, tokens, titled: true };
        mentions.push({ block, start, end, surface: paragraph.slice(start, end), key: nameKey(name), canonical: name, name: canonical, guess: { kind: 'actor', type: 'person', strength: 3 }, text });
        taken[block].push([start, end]);
      }
      taken[block].push([bibliography.titleStart, text.length]);
    }
    for (const match of text.matchAll(index.pattern)) {
      const entry = index.byName.get(match[1]);
      if (!entry || !free(block)(match.index, match.index + match[1].length)) continue;
      // "North America", "Latin America": a longer name, not the gazetteer's "America".
      if (!match[1].includes(' ') && COMPASS_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      const end = match.index + match[1].length;
      if (isCurrencyPrefix(text, end)) continue;
      if (entry.kind === 'place' && beginsBodyName(text, end)) continue;
      mentions.push({ block, start: match.index, end, surface: surfaceAt(paragraph, match.index, end), entry });
      taken[block].push([match.index, end]);
    }
    if (block === 0 && isTitleCase(text)) { titleBlocks.push(block); continue; }
    const tokens = tokenise(text);
    const candidates = findNameCandidates(text, tokens, free(block));
    const titles = quotedTitles(text);
    const names = candidates.flatMap((candidate) => {
      const cleaned = cleanCandidate(candidate, text);
      return cleaned?.prefix ? [{ candidate, cleaned: cleaned.prefix }, { candidate, cleaned }] : [{ candidate, cleaned }];
    });
    for (const { candidate, cleaned } of names) {
      const named = stormOrOperationName(candidate.tokens);
      if (named) products.add(nameKey(named));
      if (!cleaned || isCredit(text, cleaned) || isCurrencyPrefix(text, cleaned.end) || followsClockTime(text, cleaned)) continue;
      let name: CleanName = cleaned;
      if (titles.some(([s, e]) => cleaned.start >= s && cleaned.end <= e)) continue;
      if (isVersioned(text, name) || hasProductSuffix(name) || isTaxonName(text, name)) products.add(nameKey(name.text));
      // "her novel Angel Wings", "the ferry Lake Queen": a work's or a vessel's name.
      if (!name.titled && candidate.before !== undefined && WORK_NOUNS.has(candidate.before) && candidate.start === name.start) products.add(nameKey(name.text));
      if (isLowerCaseElsewhere(name.tokens, paragraphs)) continue;
      let guess = classifyName(name, world);
      if (isSmallTownModifier(guess, name, text)) continue;
      if (isPersonsWork({ name, guess }, mentions, block, text)) { products.add(nameKey(name.text)); continue; }
      const country = countryBeforeBodyNoun(guess, name, text, world);
      if (country) { name = country; guess = classifyName(name, world); }
      if (!name.titled && guess.type !== 'person' && !(guess.kind === 'place' && guess.world) && (guess.strength ?? 1) < 2 && namesAnEvent(text, name)) continue;
      // A known place after "a" qualifies what follows ("a Dallas, Texas, company").
      if (!name.titled && !(guess.kind === 'place' && guess.world) && isIndefinite(text, name)) continue;
      mentions.push({ block, start: name.start, end: name.end, surface: surfaceAt(paragraph, name.start, name.end), name, guess, text });
      taken[block].push([name.start, name.end]);
    }
  }

  restoreSentenceStarts(mentions, paragraphs, world);
  joinSpelledOut(mentions, paragraphs);
  const resolved = resolveMentions(mentions, index, world)
    .filter((e) => e.origin === 'gazetteer' || ![e.name, ...e.surfaces].some((s) => products.has(nameKey(s))))
    // "IDD" beside "iodine deficiency disorders": the abbreviation of a common noun.
    .filter((e) => e.origin === 'gazetteer' || e.kind !== 'actor' || !e.surfaces.every(isAcronym) || !spellsLowerCasePhrase(e.name, paragraphs))
    .filter((e, _, all) => !isBrandedProduct(e, all));
  // Names on weak evidence: no page, but kept for the review list.
  const at = new Map(mentions.map((m) => [`${m.block}:${m.start}:${m.end}`, m]));
  const entities: FoundEntity[] = [];
  for (const entity of resolved) {
    const reason = holdBackReason(entity, entity.spans.map((s) => at.get(`${s.block}:${s.start}:${s.end}`)).filter((m) => m !== undefined));
    if (!reason) entities.push(entity);
    // A given name is a person's, whatever kind its lone word was guessed.
    else heldBack?.push({ ...entity, ...(reason === 'given-name-alone' ? { type: 'person' } : {}), reason });
  }

  // Headlines in title case: only the names the article uses elsewhere, in any of its spellings.
  const byKey = new Map<string, FoundEntity>();
  for (const entity of entities) {
    for (const s of [...entity.surfaces, entity.name]) {
      byKey.set(nameKey(s), entity);
      if (entity.type === 'person') byKey.set(`person:${personKey(s)}`, entity);
    }
  }
  for (const block of titleBlocks) {
    const text = readingText(paragraphs[block]);
    for (const candidate of findNameCandidates(text, tokenise(text), free(block))) {
      const name = cleanCandidate(candidate, text);
      const entity = name && (byKey.get(nameKey(name.text)) ?? byKey.get(`person:${personKey(name.text)}`));
      if (!name || !entity) continue;
      taken[block].push([name.start, name.end]);
      entity.mentions += 1;
      entity.spans.push({ block, start: name.start, end: name.end });
      const surface = surfaceAt(paragraphs[block], name.start, name.end);
      if (!entity.surfaces.includes(surface)) entity.surfaces.push(surface);
    }
    const surfaces = new Map<string, FoundEntity>();
    for (const entity of entities) for (const s of [...entity.surfaces, entity.name]) if (s.length > 2 || /^\p{Lu}+$/u.test(s)) surfaces.set(fold(s), entity);
    if (surfaces.size === 0) continue;
    const names = [...surfaces.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`${BOUNDARY_BEFORE}(${names.map(escapeRegExp).join('|')})${BOUNDARY_AFTER}`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[1].length;
      if (!free(block)(match.index, end)) continue;
      taken[block].push([match.index, end]);
      const entity = surfaces.get(match[1])!;
      entity.mentions += 1;
      entity.spans.push({ block, start: match.index, end });
    }
  }
  for (const entity of entities) entity.spans.sort((a, b) => a.block - b.block || a.start - b.start);
  return entities.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}
