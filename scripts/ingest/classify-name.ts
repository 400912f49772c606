/**
 * What a candidate name is: the name proper (without titles, a leading "The", a descriptor or a
 * possessive) and whether it names a person, an organisation or a place, from the words it is
 * made of, the tagger's tags and the world places list.
 */
import type { NameCandidate, Token } from './find-name-candidates.ts';
import { isCommonWord, isNameTagged, isPeopleWord, nameText } from './find-name-candidates.ts';
import { isEnglishWord } from './english-words.ts';
import { CENTRE_WORDS, EVENT_HEADS, EVENT_PREFIXES, GENERATIONAL, GIVEN_NAME_TAGS, HOLIDAYS, NEWSPAPER_WORDS, OFFICE_TITLES, ORGANISATION_HEADS, PLACE_HEADS, PLACE_KIND_WORDS, PLACE_PREFIXES, THING_HEADS, TITLES } from './name-words.ts';
import { lexiconTags } from './tag-words.ts';
import { websiteName } from './name-context.ts';
import type { WorldPlace, WorldPlaces } from './world-places.ts';

export interface CleanName {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** A title or a descriptor stood before it ("Professor", "Scientologist"): a person. */
  titled: boolean;
  /** "The Guardian": a newspaper's one-word name after "The". */
  newspaper?: boolean;
  /** "Gawker.com": the name of a website's address, an actor only when the article names it. */
  website?: boolean;
  /** "Homeland Security" in "the State and Homeland Security Departments": a body's name before a head noun it shares. */
  sharedHead?: boolean;
  /** "Facebook CEO Mark Zuckerberg", "Texas Governor Rick Perry": the name before the title, a name of its own. */
  prefix?: CleanName;
}

const bare = (t: Token) => t.text.toLowerCase().replace(/\.$/, '').replace(/'s?$/, '');
/** "President", "CEO", and hyphened ones: "Secretary-General", "Commander-in-Chief". */
const isTitle = (t: Token) => !/'s?$/.test(t.text) && (TITLES.has(bare(t)) || (bare(t).includes('-') && bare(t).split('-').every((p) => TITLES.has(p) || p === 'in')));
/** A title word that is also a name ("John Major"): tagged as a name by the tagger. */
const isNameWord = (t: Token) => t.tags.has('LastName') || t.tags.has('FirstName');
/** "Scientologist", "Armenian": a word that says what a person is, before their name. */
const isDescriptor = (t: Token) => isPeopleWord(t) || (/(?:ist|ian|ite)$/.test(bare(t)) && !t.tags.has('FirstName') && !t.tags.has('LastName'));
/** Title words that also describe things ("former Soviet republics", "state media"). */
const TITLE_ADJECTIVES = new Set(['former', 'acting', 'deputy', 'vice', 'foreign', 'state', 'general', 'field', 'private', 'chief', 'major', 'prime', 'interior', 'finance', 'defence', 'defense', 'assistant', 'associate', 'leader', 'chair', 'director', 'manager', 'officer', 'father']);
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|new|upper|lower|greater)$/;
const ROMAN = /^[IVXLC]+$/;

/** "Prize-winner", "Moscow-backed": a name's last word joined to an English participle or agent noun. */
const MODIFIER_SUFFIX = /-(\p{Ll}{2,}(?:ed|ing|er|ers))$/u;

/** Closed-class words (and quantifiers) that no organisation's acronym is spelled as; "WHO" aside. */
const GRAMMAR_TAGS = new Set(['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Negative', 'Modal', 'Copula']);
const QUANTIFIERS = new Set(['all', 'any', 'each', 'both', 'few', 'none', 'only', 'own', 'same', 'such', 'too', 'very', 'yes', 'no']);
const isGrammarWord = (word: string) => QUANTIFIERS.has(word) || lexiconTags(word).some((t) => GRAMMAR_TAGS.has(t));

export function cleanCandidate(c: NameCandidate, text: string): CleanName | null {
  let tokens = c.tokens;
  // "a Booker Prize-winner": the name is the part before the hyphen (not "Ban Ki-moon").
  const suffix = tokens.length > 1 ? MODIFIER_SUFFIX.exec(tokens.at(-1)!.text) : null;
  if (suffix && suffix[1].length >= 5 && isEnglishWord(suffix[1])) {
    const t = tokens.at(-1)!;
    tokens = [...tokens.slice(0, -1), { ...t, text: t.text.slice(0, suffix.index), end: t.start + suffix.index }];
  }
  let titled = c.before !== undefined && TITLES.has(c.before.replace(/\.$/, '')) && !TITLE_ADJECTIVES.has(c.before);
  // "the State and Homeland Security Departments": two bodies share one plural head noun; the
  // name after "and" is the second body's ("Homeland Security").
  const plural = bare(tokens.at(-1)!).replace(/ies$/, 'y').replace(/s$/, '');
  const sharedHead = tokens.length > 1 && /s$/.test(tokens.at(-1)!.text) && ORGANISATION_HEADS.has(plural) && /\p{Lu}[\p{L}.]* (?:and|&) $/u.test(text.slice(Math.max(0, c.start - 30), c.start));
  if (sharedHead) tokens = tokens.slice(0, -1);
  const head = bare(tokens.at(-1)!);
  // "World War II", "Expo 2020", "Cup of Nations", "Summit of the Americas": an event's head
  // noun, before a number or before "of", makes the name an event's.
  const ofAt = tokens.findIndex((t, i) => i > 0 && /^(?:of|for|on)$/.test(t.text));
  const numbered = tokens.length > 2 && (ROMAN.test(tokens.at(-1)!.text) || /^\d+$/.test(tokens.at(-1)!.text));
  const eventHead = ofAt > 0 ? bare(tokens[ofAt - 1]) : numbered ? bare(tokens.at(-2)!) : head;
  if ((EVENT_HEADS.has(eventHead) || THING_HEADS.has(head)) && tokens.length > 1) return null;
  // "Christmas Eve", "Eid al-Fitr", "Orthodox Easter": a feast or a holiday, after common or
  // people's words only (not "Tariq Ramadan", a person's name).
  const feast = tokens.findIndex((t) => HOLIDAYS.has(bare(t).split('-')[0]));
  if (feast >= 0 && tokens.slice(0, feast).every((t) => isCommonWord(t)) && !ORGANISATION_HEADS.has(head) && !PLACE_HEADS.has(head)) return null;
  // "Operation Clean Sweep", "Hurricane Ida": an operation or a storm, not an actor.
  if (EVENT_PREFIXES.has(bare(tokens[0])) && tokens.length > 1) return null;
  const named = !(ORGANISATION_HEADS.has(head) || PLACE_HEADS.has(head)) && !c.joined;
  let prefix: CleanName | undefined;
  if (named) {
    // An office, not a person: "Home Secretary", "French President", "Afghan Ambassador".
    if ((OFFICE_TITLES.has(head) || OFFICE_TITLES.has(head.split('-').at(-1)!)) && !isNameWord(tokens.at(-1)!)) return null;
    // "President Ilham Aliyev", "Minister of Education Mr. Toccafondi": the name after the last title.
    const last = tokens.findLastIndex((t, i) => i < tokens.length - 1 && isTitle(t));
    // …but not "Prime Minister's Questions": a possessive inside the name is no person's name.
    const ownsMore = last >= 0 && /'s?$/.test(tokens[last + 1].text) && last + 2 < tokens.length;
    // …nor "General Motors", "Annual General Meeting": only common words after a title that is
    // also an adjective.
    const nameless = last >= 0 && (tokens.slice(last + 1).every((t) => GENERATIONAL.test(t.text)) // "Martin Luther King Jr."
      || (TITLE_ADJECTIVES.has(bare(tokens[last])) && tokens.slice(last + 1).every((t) => isCommonWord(t) && !isNameWord(t))));
    if (last >= 0 && !ownsMore && !nameless) {
      // The words before the title and the words of the office ("Press", "Home", "Russian"),
      // when a name: "Facebook" in "Facebook CEO Mark Zuckerberg".
      let k = last;
      while (k > 0 && (isTitle(tokens[k - 1]) || isCommonWord(tokens[k - 1]) || isPeopleWord(tokens[k - 1]))) k--;
      if (k > 0) prefix = cleanCandidate({ ...c, tokens: tokens.slice(0, k), end: tokens[k - 1].end, text: text.slice(c.start, tokens[k - 1].end), before: c.before }, text) ?? undefined;
      tokens = tokens.slice(last + 1);
      titled = true;
    }
    else if (tokens.length >= 3 && isDescriptor(tokens[0]) && !isCommonWord(tokens[1])) { tokens = tokens.slice(1); titled = true; }
  }
  if (tokens.length === 1) {
    const word = tokens[0].text;
    const site = websiteName(word, c.before);
    if (site && !site.body) {
      const token = { ...tokens[0], text: site.name, end: tokens[0].start + site.name.length };
      return { start: token.start, end: token.end, text: site.name, tokens: [token], titled: false, website: true };
    }
    // "Russian-made", "Co-founder", "XVII", "UNLESS": not names.
    if (word.includes('-') && word.split('-').some((p) => /^\p{Ll}/u.test(p) || isPeopleWord({ ...tokens[0], text: p }))) return null;
    if (ROMAN.test(word) || (/^\p{Lu}{4,}$/u.test(word) && isEnglishWord(word) && !isNameTagged(tokens[0]))) return null;
    // "an Oath to ALL of our people", "NOT": a grammar word in capitals is emphasis, not an acronym.
    if (/^\p{Lu}{2,3}$/u.test(word) && isGrammarWord(word.toLowerCase())) return null;
    if (isPeopleWord(tokens[0])) return null;
    // "Islamophobia", "Zionism": a doctrine or an attitude, not a body.
    if (/(?:ism|phobia)s?$/.test(word) && !isNameWord(tokens[0])) return null;
  }
  // "BREAKING NEWS", "UPDATE": English words in capitals are emphasis or page furniture.
  if (tokens.every((t) => /^\p{Lu}{2,}$/u.test(t.text)) && tokens.some((t) => t.text.length >= 4) && tokens.every((t) => isEnglishWord(t.text) && t.text.length >= 3 && !isNameTagged(t))) return null;
  if (tokens.length > 1 && bare(tokens[0]) === 'the') tokens = tokens.slice(1);
  // "Oh My God", "Thank Your Lucky Stars": a possessive determiner begins no name, save a body's
  // styled so ("Her Majesty's Government").
  if (tokens.length > 1 && lexiconTags(bare(tokens[0])).includes('Possessive') && !ORGANISATION_HEADS.has(bare(tokens.at(-1)!)) && !PLACE_HEADS.has(bare(tokens.at(-1)!))) tokens = tokens.slice(1);
  // "The Guardian reported": a newspaper named by "The" and one word.
  if (tokens.length === 1 && c.tokens.length === 2 && bare(c.tokens[0]) === 'the' && NEWSPAPER_WORDS.has(bare(tokens[0]))) {
    return { start: tokens[0].start, end: tokens[0].end, text: tokens[0].text, tokens, titled: false, newspaper: true };
  }
  const start = tokens[0].start;
  let end = tokens.at(-1)!.end;
  const possessive = /'s?$/.exec(text.slice(start, end));
  if (possessive && tokens.at(-1)!.text.length > possessive[0].length) end -= possessive[0].length;
  const name = nameText(text, start, end);
  if (name.length < 2 || /^\d/.test(name)) return null;
  return { start, end, text: name, tokens, titled, ...(sharedHead ? { sharedHead } : {}), ...(prefix && prefix.start === c.start ? { prefix } : {}) };
}

export type NameKind = ({ kind: 'actor'; type: 'person' | 'organisation' } | { kind: 'place'; type: string; world?: WorldPlace }) & {
  /** How telling the evidence is: 3 a title, 2 a head noun or the world places list, 1 a guess. */
  strength?: number;
};

const has = (tokens: Token[], tags: string[]) => tokens.some((t) => tags.some((x) => t.tags.has(x)));
const acronym = (s: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(s);

/** Is a place big or well known enough that a bare capitalised word is taken to name it? */
function likelyPlace(place: WorldPlace, tokens: Token[]): boolean {
  if (place.type === 'country' || place.population >= 20_000 || has(tokens, ['Place', 'City', 'Region', 'Country'])) return true;
  // A small town: only when the word is no one's name ("Gloria", "Irving"), whatever the context,
  // so that one name gets one kind in every article.
  return !has(tokens, ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
}

export function classifyName(name: CleanName, world: WorldPlaces): NameKind {
  const { tokens, text } = name;
  const words = tokens.map(bare);
  const ofAt = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  const head = ofAt > 0 ? words[ofAt - 1] : words.at(-1)!;
  if (name.titled) return { kind: 'actor', type: 'person', strength: 3 };
  if (name.newspaper || name.sharedHead) return { kind: 'actor', type: 'organisation', strength: 2 };
  if (tokens.length > 1 || !isCommonWord(tokens[0])) {
    if (CENTRE_WORDS.has(head) && ofAt < 0) return { kind: 'place', type: 'place', strength: 2 };
    if (ORGANISATION_HEADS.has(head)) return { kind: 'actor', type: 'organisation', strength: 2 };
    if (PLACE_HEADS.has(head)) {
      // "Korea Republic" (as sports bodies write it) is the "Republic of Korea".
      const inverted = head === 'republic' && ofAt < 0 && tokens.length > 1 ? world.lookup(`Republic of ${tokens.slice(0, -1).map((t) => t.text).join(' ')}`) : undefined;
      const within = world.lookup(text.replace(PLACE_PREFIXES, '')) ?? inverted;
      return { kind: 'place', type: within ? within.type : 'place', world: within, strength: 2 };
    }
    const place = world.lookup(text) ?? world.lookup(text.replace(/\./g, ''));
    if (place && likelyPlace(place, tokens)) return { kind: 'place', type: place.type, world: place, strength: 2 };
    // "Lake Sevan", "Mount Aragats": a word for a kind of place before the name.
    if (tokens.length > 1 && ofAt < 0 && PLACE_KIND_WORDS.has(words[0]) && !isCommonWord(tokens[1])) return { kind: 'place', type: 'place', strength: 2 };
    // "Washington D.C.", "Sydney NSW": a place and the abbreviation of its state.
    const abbreviated = tokens.findIndex((t, i) => i > 0 && /^(?:\p{Lu}\.?){2,3}$/u.test(t.text));
    const within = abbreviated > 0 && tokens.slice(abbreviated).every((t) => /^(?:\p{Lu}\.?){2,3}$/u.test(t.text)) ? world.lookup(tokens.slice(0, abbreviated).map((t) => t.text).join(' ')) : undefined;
    if (within && within.type === 'city') return { kind: 'place', type: 'city', strength: 2 };
  }
  if (acronym(text)) return { kind: 'actor', type: 'organisation' };
  const first = tokens[0];
  if (['FirstName', 'MaleName', 'FemaleName', 'Honorific'].some((t) => first.tags.has(t)) && tokens.length > 1) return { kind: 'actor', type: 'person' };
  if (has(tokens, ['Organization', 'SportsTeam'])) return { kind: 'actor', type: 'organisation' };
  // A country inside a longer name makes it no place ("Hitwise UK"): only a lone word is read so.
  const placeTagged = (t: Token) => ['Place', 'City', 'Country', 'Region'].some((x) => t.tags.has(x));
  if (tokens.every(placeTagged)) return { kind: 'place', type: 'place' };
  // "South Australia", "New South Wales", "North America".
  if (tokens.length > 1 && COMPASS.test(words[0]) && (world.lookup(tokens.slice(1).map((t) => t.text).join(' ')) || placeTagged(tokens.at(-1)!))) return { kind: 'place', type: 'region' };
  if (has(tokens, ['Person', 'FirstName', 'LastName'])) return { kind: 'actor', type: 'person' };
  if (looksLikePersonName(tokens, world)) return { kind: 'actor', type: 'person' };

  return { kind: 'actor', type: 'organisation' };
}

/**
 * Two to four capitalised words, none an abbreviation or a place, at most one a common word
 * ("Marc Lamont Hill"), and not ending in one unless the first is a known given name: a person
 * ("Kwok Ka-ki"), not "Budweiser Man", "PlayStation VR" or "Malaysia Tourism".
 */
function looksLikePersonName(tokens: Token[], world: WorldPlaces): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  if (tokens.some((t) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text) || ['Country', 'Place', 'City', 'Region'].some((x) => t.tags.has(x)) || world.lookup(t.text)?.type === 'country')) return false;
  const common = tokens.filter((t) => isCommonWord(t));
  if (common.length > 1) return false;
  return !common.includes(tokens.at(-1)!) || GIVEN_NAME_TAGS.some((x) => tokens[0].tags.has(x));
}
