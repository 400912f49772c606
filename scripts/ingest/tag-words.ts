/**
 * What compromise's English lexicon (about 24,000 words: first names, surnames, places,
 * countries, demonyms, months, function words…) knows of a word. A lookup, not compromise's
 * tagger: a tagging pass over every article cost about 80% of the ingest's time and did not
 * change the scores on the development half of the gold (see scripts/README.md).
 */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const EMPTY: readonly string[] = [];

/** The lexicon's tags for a word (any case), or none. */
export function lexiconTags(word: string): readonly string[] {
  const entry = LEXICON[word.toLowerCase()];
  return entry === undefined ? EMPTY : Array.isArray(entry) ? entry : [entry];
}

/** Tags of a word as written: its own, or for a hyphenated word those of its first part. */
export function wordTags(word: string): ReadonlySet<string> {
  const own = lexiconTags(word.replace(/'s?$/, ''));
  if (own.length > 0 || !word.includes('-')) return new Set(own);
  return new Set(lexiconTags(word.split('-')[0]));
}
