/**
 * Part-of-speech and name tags of an article's words, from one compromise pass over the whole
 * article (one pass, not one per paragraph: the tagger's cost is mostly per call).
 */
import nlp from 'compromise';

/** For each block, the tags of the word starting at each offset. */
export type BlockTags = Map<number, ReadonlySet<string>>[];

interface CompromiseTerm {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const SEPARATOR = '\n\n';

export function tagWords(paragraphs: readonly string[]): BlockTags {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + SEPARATOR.length;
  }
  const doc = nlp(paragraphs.join(SEPARATOR));
  doc.compute('offset');
  const result: BlockTags = paragraphs.map(() => new Map());
  let block = 0;
  for (const sentence of doc.docs as CompromiseTerm[][]) {
    for (const term of sentence) {
      if (!term.offset) continue;
      const start = term.offset.start;
      while (block + 1 < starts.length && starts[block + 1] <= start) block += 1;
      result[block].set(start - starts[block], term.tags);
    }
  }
  return result;
}

/** Whether compromise's lexicon knows a word (lower case) as a common word, and its tags. */
export function lexiconTags(word: string): readonly string[] {
  const entry = LEXICON[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
