/**
 * Abbreviations an article explains: defined in the text ("Korean People's Army (KPA)",
 * "KPA (Korean People's Army)"), or made of the initials of a name the article uses
 * ("JSC" after "Johnson Space Center").
 */
import { lexiconTags } from './tag-words.ts';

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da']);

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** "U.S." and "US" are one abbreviation. */
export function acronymKey(text: string): string {
  return text.replace(/\./g, '');
}

/** The initials a name may be abbreviated to: with and without its small words. */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const initial = (w: string) => w[0].toUpperCase();
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const all = words.filter((w) => /^\p{L}/u.test(w)).map(initial).join('');
  return [...new Set([content.map(initial).join(''), all])].filter((s) => s.length >= 2);
}

/**
 * Abbreviations defined next to a name in brackets: the name before "(ABBR)", or the name in
 * brackets after "ABBR (". Returns abbreviation → the text of the name it stands for.
 */
export function definedAbbreviations(text: string, names: readonly { start: number; end: number; text: string }[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const name of names) {
    const after = /^\s*\(\s*([^\s()]{2,9})\s*\)/u.exec(text.slice(name.end));
    if (after && isAcronym(after[1]) && !isAcronym(name.text)) defined.set(acronymKey(after[1]), name.text);
    const inside = /\(\s*$/u.exec(text.slice(0, name.start));
    const before = /([^\s()]{2,9})\s*\(\s*$/u.exec(text.slice(0, name.start));
    if (inside && before && isAcronym(before[1]) && !isAcronym(name.text) && text.slice(name.end).trimStart().startsWith(')')) {
      defined.set(acronymKey(before[1]), name.text);
    }
  }
  return defined;
}

/** Lexicon tags of words no abbreviated phrase is made of ("for being in"). */
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord', 'Adverb', 'Negative']);

/**
 * "IDD" where the article writes "iodine deficiency disorders", "GDP" beside "gross domestic
 * product": an abbreviation made of the initials of a phrase the article writes in lower case
 * abbreviates a common noun, not a body's name. Small words may come between ("weapons of mass
 * destruction"), and a hyphen may join two of the words ("post-traumatic stress disorder").
 */
export function spellsLowerCasePhrase(abbreviation: string, paragraphs: readonly string[]): boolean {
  const letters = acronymKey(abbreviation);
  if (!/^\p{Lu}{3,6}$/u.test(letters)) return false;
  const gap = '[ -](?:(?:of|the|and|for|on|in|to|a|an) )*';
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${[...letters.toLowerCase()].map((l) => `${l}\\p{Ll}{2,}`).join(gap)}(?![\\p{L}\\p{N}])`, 'gu');
  // Content words only: "for being in" is no phrase that "FBI" abbreviates.
  const content = (m: string) => m.split(/[ -]+/).filter((w) => !SMALL_WORDS.has(w)).every((w) => !lexiconTags(w).some((t) => FUNCTION_TAGS.has(t)));
  return paragraphs.some((p) => [...p.matchAll(phrase)].some((m) => content(m[0])));
}
