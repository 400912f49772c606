/**
 * What the words around a capitalised name say about it naming no actor or place: the title of
 * a work in quotation marks, a currency written after a country code ("US$"), a website's
 * address ("Gawker.com"), a product's version number ("Internet Explorer 9"), a species' epithet
 * ("Beauveria bassiana").
 */
import type { CleanName } from './classify-name.ts';
import { isEnglishWord } from './english-words.ts';
import { lexiconTags } from './tag-words.ts';
import { EVENT_NOUNS, ORGANISATION_HEADS, PLACE_HEADS } from './name-words.ts';

/** Words a title may have in lower case ("Better Idea of Afghan Girls"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'or', 'vs']);

/**
 * Spans of the paragraph inside quotation marks that read as a title: at most eight words, each
 * capitalised, a number or a small word. News style quotes the titles of works and the names
 * given to things ("named their robot “Robogee”", "the website “The … Countdown”", and in single
 * quotes as British style writes them, "the rig nicknamed the ‘Sevanator’"); a name there is the
 * title's, not an actor's. Scare quotes after "so-called" are not titles.
 */
export function quotedTitles(text: string): [number, number][] {
  if (!/["“']/.test(text)) return [];
  const spans: [number, number][] = [];
  const title = (start: number, end: number) => {
    if (end - start > 80) return;
    const words = text.slice(start, end).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'.-]*/gu) ?? [];
    if (words.length === 0 || words.length > 8) return;
    if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w))) return;
    if (/so-called\s*$/i.test(text.slice(Math.max(0, start - 13), start - 1))) return;
    spans.push([start, end]);
  };
  let open = -1;
  // Straight quotes pair in order; curly ones say which side they are.
  for (const m of text.matchAll(/["“”]/gu)) {
    if (m[0] === '“' || (m[0] === '"' && open < 0)) { open = m.index; continue; }
    if (open < 0) continue;
    title(open + 1, m.index);
    open = -1;
  }
  // Single quotes (read folded to "'"): opened after no letter, closed before none, with no
  // apostrophe between ("Bos's", "ants'" are no quotes).
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'])'([^'\n]+)'(?![\p{L}\p{N}])/gu)) title(m.index + 1, m.index + 1 + m[1].length);
  return spans;
}

/** "US$20,000", "NZ$": a country's code written as part of a currency. */
export function isCurrencyPrefix(text: string, end: number): boolean {
  return text[end] === '$';
}

/** Words for a body that make the website after them a body too ("the security firm Secunia.com"). */
const BODY_NOUNS = new Set(['firm', 'company', 'group', 'agency', 'organisation', 'organization', 'startup', 'retailer', 'publisher', 'broadcaster', 'outlet', 'charity']);

/**
 * "Gawker.com", "CBC.ca": a website's address. The name before the domain is returned, and
 * whether the words before call it a body; else the site stands for the body of that name when
 * the article names it, and is no actor when it does not.
 */
export function websiteName(word: string, before: string | undefined): { name: string; body: boolean } | undefined {
  const name = /^(\p{Lu}[\p{L}\p{N}-]*)\.[a-z]{2,6}(?:\.[a-z]{2})?$/u.exec(word)?.[1];
  return name ? { name, body: before !== undefined && BODY_NOUNS.has(before) } : undefined;
}

/** Words that end a product's name as its edition or platform ("Windows XP", "PlayStation VR"). */
const PRODUCT_SUFFIXES = new Set(['XP', 'VR', 'AR', 'XR', 'HD', 'Pro', 'Lite', 'Ultra']);

/**
 * "Windows XP", "PlayStation VR": a name of two words or more ending in a word for a product's
 * edition or platform names a product, and so does the same name anywhere else in the article.
 */
export function hasProductSuffix(name: CleanName): boolean {
  return name.tokens.length >= 2 && PRODUCT_SUFFIXES.has(name.tokens.at(-1)!.text);
}

/**
 * "Internet Explorer 9", "Windows Server 2019": a name of two words or more, none a head noun of a
 * body or place, followed by a version number names a product, and so does the same name
 * anywhere else in the article. Not a score ("… United 2–1") nor a body or place ("Channel 4",
 * "Terminal 5", "Movimento 5 Stelle", whose number is inside the name).
 */
export function isVersioned(text: string, name: CleanName): boolean {
  if (name.tokens.length < 2) return false;
  if (name.tokens.some((t) => { const w = t.text.toLowerCase(); return ORGANISATION_HEADS.has(w) || PLACE_HEADS.has(w); })) return false;
  return /^ \d+(?:\.\d+)*(?![\p{L}\p{N}]|\.\d|\s*[–—:-]\s*\d| \p{Lu})/u.test(text.slice(name.end, name.end + 24));
}

/**
 * "the fungus Beauveria bassiana", "Homo sapiens": a capitalised word right before a lower-case
 * Latin epithet that neither dictionary knows is a genus, a living thing's name, not an actor's.
 */
export function isTaxonName(text: string, name: CleanName): boolean {
  if (name.tokens.length !== 1) return false;
  const epithet = /^ (\p{Ll}{4,})(?![\p{L}\p{M}\p{N}'’-])/u.exec(text.slice(name.end, name.end + 40))?.[1];
  return epithet !== undefined && LATIN_EPITHET.test(epithet) && !isEnglishWord(epithet) && lexiconTags(epithet).length === 0;
}
const LATIN_EPITHET = /(?:us|um|a|ae|is|ii|i|ens|ensis|oides|es)$/;

/**
 * "the Riverside Robot competition", "a National Diet study", "the Player of the Year award",
 * "the ICI system": a name of two words or more, or an abbreviation, written before a lower-case
 * noun for an event, a work, an award or a scheme is that thing's own name, not an actor's. The
 * caller leaves out people, known places ("the Beijing Olympics" names Beijing) and names with
 * a body's head noun; only the mention is dropped, so a body the article names elsewhere stays.
 */
export function namesAnEvent(text: string, name: CleanName): boolean {
  if (name.tokens.length < 2 && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(name.text)) return false;
  const next = /^(?: (?:of|for)(?: the)?(?: \p{Lu}[\p{L}'-]*)+)? (\p{Ll}+)(?![\p{L}\p{N}-])/u.exec(text.slice(name.end, name.end + 60));
  return next !== null && EVENT_NOUNS.has(next[1]);
}

/**
 * "a unique Pilot Training Program called …", "be a Fighter Pilot": a proper name is definite,
 * so capitalised words after "a" or "an" (and its adjectives) that end the noun phrase are a
 * description or a common noun capitalised for weight, not a name. Followed by a noun, the name
 * is a modifier and names its entity ("a United Nations agency", "an Armenian Red Cross nurse").
 */
export function isIndefinite(text: string, name: CleanName): boolean {
  const before = /(?:^|[^\p{L}\p{N}'])(?:a|an)((?: \p{Ll}[\p{Ll}-]*){0,2}) $/u.exec(text.slice(Math.max(0, name.start - 40), name.start));
  if (!before) return false;
  // Adjectives only between the article and the name ("a unique …"), not "a friend of …".
  if (before[1].trim().split(' ').some((w) => w && lexiconTags(w).some((t) => !ADJECTIVE_TAGS.has(t)))) return false;
  // "a NASA T-shirt": a noun may start with a capital letter hyphened to it.
  const next = /^ (\p{Ll}[\p{Ll}-]*|\p{Lu}-\p{Ll}+)/u.exec(text.slice(name.end, name.end + 40))?.[1];
  return !next || !isNoun(next.toLowerCase());
}
const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Comparative']);
const isNoun = (phrase: string) => {
  const word = phrase.split('-').at(-1)!; // "T-shirt", "well-wisher": the head is the last part
  const tags = lexiconTags(word);
  if (tags.length === 0) return isEnglishWord(word.replace(/s$/, '')) && !/(?:ed|ing|ly)$/.test(word);
  return tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural' || t === 'Uncountable' || t === 'Actor');
};

/**
 * "9 AM EST", "10 a.m. EDT", "14:00 GMT": capitals after a clock time are the hour's marker and
 * its time zone, not a body (a year before a name is no clock: "in 2008 FIFA …").
 */
export function followsClockTime(text: string, name: CleanName): boolean {
  if (!name.tokens.every((t) => /^\p{Lu}{2,5}$/u.test(t.text))) return false;
  const before = text.slice(Math.max(0, name.start - 12), name.start);
  return /(?:\d{1,2}:\d{2}|\d{1,2} ?[ap]\.?m\.?) ?$/i.test(before) || (/^[AP]M$/.test(name.tokens[0].text) && /\d{1,2} ?$/.test(before));
}
