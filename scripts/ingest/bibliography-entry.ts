/**
 * A reading list's or a bibliography's entry, one paragraph of its own: "Austen, Jane. Pride and
 * Prejudice", "Marx, Karl and Engels, Friedrich. The Communist Manifesto". The authors are
 * written surname first; each is a person under the name in natural order ("Jane Austen"), and
 * the title after them names no actor or place ("History of England").
 */
import { GIVEN_NAME_TAGS } from './name-words.ts';
import { wordTags } from './tag-words.ts';

export interface BibliographyAuthor {
  /** The span of "Austen, Jane" in the paragraph. */
  start: number;
  end: number;
  /** "Jane Austen". */
  name: string;
}

export interface BibliographyEntry {
  authors: BibliographyAuthor[];
  /** Where the title begins; it runs to the end of the paragraph. */
  titleStart: number;
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
/** "Austen, Jane", "Macaulay, Thomas Babington", "Wells, Herbert G.". */
const AUTHOR = new RegExp(`^(${WORD}), (${WORD}(?: (?:${WORD}|\\p{Lu}\\.(?= )))*)`, 'u');
const BETWEEN_AUTHORS = /^(?: and | & |; )/u;
const BEFORE_TITLE = /^\. (?=["“‘']?\p{Lu})/u;
/** An entry is a line of a list, not a paragraph of prose. */
const MAX_LENGTH = 200;

const isGivenName = (word: string) => GIVEN_NAME_TAGS.some((t) => wordTags(word).has(t));

export function bibliographyEntry(paragraph: string): BibliographyEntry | undefined {
  if (paragraph.length > MAX_LENGTH || paragraph.includes('\n')) return undefined;
  const authors: BibliographyAuthor[] = [];
  let at = 0;
  for (;;) {
    const m = AUTHOR.exec(paragraph.slice(at));
    // The given name must be one ("London, Jack"), or a place and its country would be a person ("Paris, Texas").
    if (!m || !isGivenName(m[2].split(' ')[0])) return undefined;
    authors.push({ start: at, end: at + m[0].length, name: `${m[2]} ${m[1]}` });
    at += m[0].length;
    const rest = paragraph.slice(at);
    // "Wells, Herbert G. The Time Machine": an initial's full stop ends the authors too.
    const title = m[0].endsWith('.') ? /^ (?=["“‘']?\p{Lu})/u.exec(rest) : BEFORE_TITLE.exec(rest);
    if (title) return { authors, titleStart: at + title[0].length };
    const and = BETWEEN_AUTHORS.exec(rest);
    if (!and) return undefined;
    at += and[0].length;
  }
}
