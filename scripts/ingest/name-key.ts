/**
 * The key under which spellings of one name are grouped: case, accents, full stops ("U.S."),
 * hyphens, a leading "the" and British/American spelling ("Defence"/"Defense") do not count.
 * A person's key also reads common transliteration variants as one ("Pashinyan"/"Pachinian",
 * "Aliyev"/"Aliev").
 */
import { SPELLING_VARIANTS } from './name-words.ts';

/** Keys already made: the same few thousand names are keyed again and again across a corpus. */
const keys = new Map<string, string>();
const MAX_KEYS = 200_000;

export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key !== undefined) return key;
  key = makeNameKey(name);
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(name, key);
  return key;
}

function makeNameKey(name: string): string {
  let key = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[’‘`´]/g, "'").replace(/'s?$/, '').replace(/\./g, '').replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^the /, '');
  for (const [from, to] of SPELLING_VARIANTS) key = key.replace(from, to);
  return key;
}

/** A consonant skeleton for a transliterated personal name (compare within one article only). */
export function personKey(name: string): string {
  return nameKey(name)
    .replace(/tch|tsch|sch|ch|sh|zh|ş|ç/g, 'S')
    .replace(/kh|gh|q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/([a-zS])\1+/g, '$1')
    .replace(/(?<=\S)(?:ie|ii)/g, 'i');
}
