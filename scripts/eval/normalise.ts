/**
 * How two spellings of a name are compared when the extractor is scored against gold.
 *
 * Normalisation (both sides): Unicode NFKD with accents dropped ("Élysée" = "Elysee"), lower
 * case, curly apostrophes folded to ', quotes and brackets dropped, full stops dropped ("U.S." =
 * "US"), hyphens, dashes and commas read as spaces for equality ("Nagorno Karabakh" =
 * "Nagorno-Karabakh"), whitespace collapsed, a leading "the" dropped, a trailing possessive
 * dropped ("Armenia's" = "Armenia"), and leading personal titles dropped when a name remains
 * ("President Trump" = "Trump", "Mr. Tedeschi" = "Tedeschi").
 *
 * Two names match
 *   - exactly: equal after normalisation, or
 *   - by suffix: the shorter, of at least two words, is the whole-word ending of the longer
 *     ("Barack Obama" in "US President Barack Obama", "Defence Ministry" in "Azerbaijani Defence
 *     Ministry"), unless the word before that ending is a connector ("of", "the", "and", "at"…)
 *     or ends with a comma: "Lee Cheuk-yan of the Labour Party" is not the Labour Party,
 *     "University of North Carolina" is not North Carolina, "Durham, North Carolina" is a city.
 *     Words are counted between spaces before hyphens are read as spaces, so a hyphenated
 *     single word never matches by suffix ("Jong-un" is one word and does not match "Kim
 *     Jong-un": a lone given name or surname is too weak a clue on its own).
 *     (`match.ts` accepts a suffix match only between entities of the same kind.)
 */

/** Titles dropped from the start of a name. Deliberately no "General" ("General Assembly"). */
const TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'foreign minister',
  'defence minister', 'defense minister', 'secretary', 'secretary of state', 'ambassador', 'administrator',
  'senator', 'sen', 'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'sheikh', 'rev', 'reverend', 'spokesman', 'spokeswoman', 'spokesperson',
];
const TITLE_PATTERN = new RegExp(`^(?:(?:${TITLES.sort((a, b) => b.length - a.length).join('|')})\\s+)+`);

/** Lower-case comparable form of a name, hyphens kept (see `equalityKey` / `words`). */
export function normaliseName(raw: string): string {
  let s = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/[“”„"«»‹›()[\]{}]/g, ' ')
    .replace(/\./g, '')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^['\s,;:]+|['\s,;:!?]+$/g, '');
  s = s.replace(/^the\s+/, '');
  s = s.replace(/'s$/, '').replace(/(?<=s)'$/, '');
  const untitled = s.replace(TITLE_PATTERN, '');
  if (untitled.length > 0) s = untitled;
  return s.trim();
}

/** The key two names must share to match exactly. */
export function equalityKey(raw: string): string {
  return normaliseName(raw).replace(/,/g, ' ').replace(/\s*-\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Words of a name as counted by the suffix rule: split at spaces, hyphenated words whole. */
export function words(raw: string): string[] {
  return normaliseName(raw).split(' ').filter(Boolean);
}

/** Words that make the name before them a different entity named after the one after them. */
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'at', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'von', 'van', 'y']);

export type NameMatch = 'exact' | 'suffix' | null;

/** How two names match, if at all (see the module comment). */
export function matchNames(a: string, b: string): NameMatch {
  const ka = equalityKey(a);
  const kb = equalityKey(b);
  if (ka.length === 0 || kb.length === 0) return null;
  if (ka === kb) return 'exact';
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  if (short.length < 2 || short.length === long.length) return null;
  const bare = (w: string) => w.replace(/,$/, '').replace(/-/g, ' ');
  const tail = long.slice(long.length - short.length);
  if (!tail.every((w, i) => bare(w) === bare(short[i]))) return null;
  const before = long[long.length - short.length - 1];
  return CONNECTORS.has(before) || before.endsWith(',') ? null : 'suffix';
}
