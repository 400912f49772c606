/**
 * Candidate names in a paragraph: runs of capitalised words, joined across "of", "for", "on"
 * and "and" where the words before name an organisation or place ("Church of Scientology",
 * "Union of Rationalist Atheists and Agnostics"), never across punctuation, and without a
 * sentence's first word when that is a common word ("Police said…").
 */
import { isEnglishWord } from './english-words.ts';
import { EVENT_HEADS, EVENT_PREFIXES, FAITH_WORDS, GIVEN_NAME_TAGS, NAME_CONNECTORS, NEWSPAPER_WORDS, ORGANISATION_HEADS, PERSON_PARTICLES, PLACE_HEADS, PLACE_KIND_WORDS, TITLES } from './name-words.ts';
import { lexiconTags, wordTags } from './tag-words.ts';
import { isDemonymOrLanguage, worldPlaces } from './world-places.ts';

export interface Token {
  readonly text: string;
  start: number;
  end: number;
  /** compromise's lexicon tags for the word (`tag-words.ts`). */
  tags: ReadonlySet<string>;
  /** First word of a sentence, a quotation or a bracket: capitalised whatever it is. */
  sentenceStart: boolean;
}

export interface NameCandidate {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** Joined across a connector ("of", "for"…): a name of an organisation or place. */
  joined: boolean;
  /** The lower-case word just before it ("professor" in "professor Marc Lamont Hill"). */
  before?: string;
}

const PERSON_TAGS = [...GIVEN_NAME_TAGS, 'Person', 'LastName'];
/**
 * "Refugee Council Enver Solomon": an organisation's name followed by a person's, with nothing
 * between; split after the head noun when two or three name-tagged words follow it.
 */
function splitApposition(run: Token[]): Token[][] {
  for (let k = 1; k <= run.length - 2; k++) {
    const rest = run.slice(k);
    if (rest.length > 3 || !isHead(lastWord(run.slice(0, k)))) continue;
    if (rest.some((t) => isHead(lastWord([t]))) || !PERSON_TAGS.some((tag) => rest[0].tags.has(tag) || rest.at(-1)!.tags.has(tag))) continue;
    return [run.slice(0, k), rest];
  }
  return [run];
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\-.&][\p{L}\p{M}\p{N}]+)*'?|&/gu;
/** Abbreviations written with a full stop that does not end the sentence. */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'sen', 'gov', 'rep', 'jr', 'sr', 'maj', 'mt', 'ft']);
const SENTENCE_GAP = /[.!?:;"“”‘(\[—–]|^\s*'|\n/u;

function isInitial(previous: Token | undefined, after: string): boolean {
  if (previous && (GIVEN_NAME_TAGS.some((t) => previous.tags.has(t)) || /^\p{Lu}\.$/u.test(previous.text))) return /^ +\p{Lu}/u.test(after);
  return /^ ?\p{Lu}\. /u.test(after);
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (m.index > 0 && (text[m.index - 1] === '#' || text[m.index - 1] === '@')) { last = m.index + word.length; continue; } // a hashtag or a handle
    if (DOTTED.has(word.toLowerCase()) && text[m.index + word.length] === '.') word += '.';
    // "George W. Bush", "J. K. Rowling": a middle initial, or a run of initials, is part of the
    // name, and its full stop ends no sentence (not "in Group F. Tunisia…").
    else if (/^\p{Lu}$/u.test(word) && text[m.index + 1] === '.' && isInitial(tokens.at(-1), text.slice(m.index + 2, m.index + 6))) word += '.';
    const gap = text.slice(last, m.index);
    tokens.push({ text: word, start: m.index, end: m.index + word.length, tags: wordTags(word), sentenceStart: tokens.length === 0 || SENTENCE_GAP.test(gap) });
    last = m.index + word.length;
  }
  return tokens;
}


/**
 * Editorial brackets inside a name, as quotes and transcripts write them ("[George H. W.] Bush",
 * "[Phil] Gramm", "Jeff [Drake]", "[President] Aliyev"): the brackets become spaces, so the name
 * reads whole and every offset still holds in the original text. Only brackets holding one to
 * four capitalised words or initials, next to a capitalised word outside them, and not when all
 * of those words are common ones ("[Laughter] Well").
 */
export function maskEditorialBrackets(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(BRACKETED, (whole, inner: string, offset: number) => {
    const after = NAME_AFTER.exec(text.slice(offset + whole.length, offset + whole.length + 40))?.[1];
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
    const outside = after ?? before;
    if (!outside) return whole;
    const words = tokenise(`${inner} ${outside}`);
    if (words.every((t) => isCommonWord(t) || /^\p{Lu}\.?$/u.test(t.text))) return whole;
    return ` ${inner} `;
  });
}
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?";
const BRACKETED = new RegExp(`\\[(${NAME_WORD}(?: ${NAME_WORD}){0,3})\\]`, 'gu');
const NAME_AFTER = new RegExp(`^ (\\p{Lu}[\\p{L}\\p{M}'’-]*)`, 'u');
const NAME_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}'’-]*) $`, 'u');

/** A name's text: the span of the (masked) text, with editorial brackets' spaces collapsed. */
export function nameText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[ \t]{2,}/g, ' ');
}

/** An elided particle before a capitalised name: "O'Reilly", "d'Ettorre", "N'Djamena". */
const ELIDED_NAME = /^\p{L}{1,3}'\p{Lu}\p{Ll}/u;

/** A capitalised word that may be part of a name (not "T-shirt", "I've", "March", "Monday"). */
export function isCapitalised(token: Token): boolean {
  if (ELIDED_NAME.test(token.text)) return !/'(?!s?$)/.test(token.text.replace(ELIDED_NAME, ''));
  if (!/^\p{Lu}/u.test(token.text) || /^\p{Lu}-\p{Ll}/u.test(token.text) || /'(?!s?$)/.test(token.text)) return false;
  return !token.tags.has('Month') && !token.tags.has('WeekDay') && !lexiconTags(token.text).some((t) => t === 'Month' || t === 'WeekDay');
}

/** "Azerbaijani", "English", "Muslims": a people, a language or a faith. */
export function isPeopleWord(token: Token): boolean {
  const word = token.text.replace(/'s?$/, '');
  return token.tags.has('Demonym') || lexiconTags(word).includes('Demonym') || FAITH_WORDS.has(word.toLowerCase()) || isDemonymOrLanguage(word);
}

/** Whether a word is one of English's common words (so capitalised only by its position). */
export function isCommonWord(token: Token): boolean {
  if (/^\p{Lu}[\p{Lu}\p{N}.&]+$/u.test(token.text)) return false; // an acronym
  const word = token.text.replace(/'s?$/, '');
  const lexical = lexiconTags(word);
  if (lexical.some((t) => NAME_TAGS.has(t))) return false;
  if (lexical.length > 0 || isPeopleWord(token)) return true;
  // "Co-author", "Ex-president", "Anti-war": an English prefix hyphened to an English word.
  return word.split('-').every((part, i) => isEnglishWord(part) || (i === 0 && HYPHEN_PREFIXES.has(part.toLowerCase())));
}
const HYPHEN_PREFIXES = new Set(['co', 'ex', 'anti', 'pro', 'non', 'pre', 'post', 'self', 'vice', 'counter', 'sub', 'super', 'inter', 'multi', 'semi', 'mid', 're', 'un']);

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun']);
export function isNameTagged(token: Token): boolean {
  for (const t of token.tags) if (NAME_TAGS.has(t) && t !== 'ProperNoun') return true;
  return false;
}

const possessive = (t: Token) => /'s?$/.test(t.text) && !/^\p{Lu}'/u.test(t.text);

/** Runs of capitalised words with only spaces between them. */
function capitalisedRuns(text: string, tokens: Token[], free: (s: number, e: number) => boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A sentence's first word is capitalised whatever it is: kept only when it is a name, or
    // a people's word that begins one ("Italian Episcopal Conference").
    const keep = run.length > 1 && (isPeopleWord(run[0]) || TITLES.has(run[0].text.toLowerCase().replace(/\.$/, ''))
      || (run.length === 2 && run[0].text === 'The' && NEWSPAPER_WORDS.has(run[1].text.toLowerCase()))
      // "Team Estonia had to…": a body's head noun before a country's name is that body's name.
      || (run.length === 2 && ORGANISATION_HEADS.has(run[0].text.toLowerCase()) && run[1].tags.has('Country'))
      // "Storm Anahit closed…", "Operation Clean Sweep began…": a storm's or an operation's prefix.
      || EVENT_PREFIXES.has(run[0].text.toLowerCase())
      // "New Zealand won", "North Korea fired…": the word begins a country's or a large place's name.
      || startsPlaceName(run)
      // "Apple Inc. reported…", "Shell Plc said…": a company's legal suffix follows its whole name.
      || CORPORATE_SUFFIX.test(run.at(-1)!.text)
      // "Lake Sevan is…", "Mount Aragats rises…": a word for a kind of place before its name.
      || (run.length >= 2 && PLACE_KIND_WORDS.has(run[0].text.toLowerCase()) && !isCommonWord(run[1])));
    if (run.length && run[0].sentenceStart && isCommonWord(run[0]) && !keep) run.shift();
    // "In 2008 FIFA said…": a number is inside a name only between two of its words.
    while (run.length && /^\p{N}+$/u.test(run[0].text)) run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  const spaced = (a: Token | undefined, b: Token | undefined) => !!a && !!b && /^[ \t]+$/.test(text.slice(a.end, b.start));
  for (const [k, token] of tokens.entries()) {
    const prev = run.at(-1);
    // A possessive ends a name unless its word is a common one ("Prime Minister's Questions"),
    // and always after a body's or place's head noun ("the Free Software Foundation's project").
    const owner = prev && possessive(prev) ? prev.text.replace(/'s?$/, '') : undefined;
    // …or a person's: "Gordon Brown's Labour Party" are two names.
    const joinable = prev && spaced(prev, token) && !(owner !== undefined && (!isCommonWord({ ...prev, text: owner }) || isHead(owner.toLowerCase())
      || (run.length > 1 && GIVEN_NAME_TAGS.some((t) => run.at(-2)!.tags.has(t)))));
    if (!joinable) close();
    // "Movimento 5 Stelle": a number between two capitalised words of one name.
    const next = tokens[k + 1];
    const inner = run.length > 0 && /^\p{N}+$/u.test(token.text) && spaced(token, next) && isCapitalised(next) && free(next.start, next.end);
    if (!inner && (!isCapitalised(token) || !free(token.start, token.end))) { close(); continue; }
    if (isPronounI(run, token, text)) { close(); continue; }
    // "…in Washington D.C. The": a full stop that ends both an abbreviation and a sentence.
    if (prev && prev.text.endsWith('.') && lexiconTags(token.text).some((t) => FUNCTION_TAGS.has(t))) { close(); token.sentenceStart = true; }
    run.push(token);
  }
  close();
  return runs;
}

/**
 * "In Tbilisi I met…", "as a young man in Air Force ROTC I was chosen": the pronoun "I" after a
 * name is no part of it. The pronoun is a subject, followed by its verb or an adverb in lower
 * case (not "of", "the", "and"); "I" is a numeral after a given name or a titled one ("Elizabeth
 * I", "King Erekle I") or a noun that takes numbers ("World War I", "Phase I").
 */
function isPronounI(run: readonly Token[], token: Token, text: string): boolean {
  if (token.text !== 'I' || run.length === 0) return false;
  const next = /^ +(\p{Ll}+)/u.exec(text.slice(token.end, token.end + 30))?.[1];
  if (!next || lexiconTags(next).some((t) => FUNCTION_TAGS.has(t))) return false;
  const previous = run.at(-1)!;
  if (TITLES.has(run[0].text.toLowerCase().replace(/\.$/, '')) || GIVEN_NAME_TAGS.some((t) => previous.tags.has(t) || lexiconTags(previous.text).includes(t))) return false;
  const word = previous.text.toLowerCase();
  return !EVENT_HEADS.has(word) && !NUMBERED_NOUNS.has(word);
}
/** Nouns written before a Roman numeral ("Phase I", "Title I", "Division I"). */
const NUMBERED_NOUNS = new Set(['phase', 'part', 'title', 'division', 'type', 'class', 'level', 'stage', 'book', 'chapter', 'volume', 'section', 'article', 'grade', 'tier', 'round', 'episode', 'category', 'schedule', 'appendix', 'annex', 'unit', 'block']);

/** A company's legal suffix, as one word of its name ("Inc.", "Plc"). */
export const CORPORATE_SUFFIX = /^(?:Inc|Corp|Ltd|LLC|Plc|PLC|GmbH|AG|SA|NV|LLP)\.?$/;

const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;

/** The run's first two or three words are a country's or a large place's name ("New Zealand", "North Rhine-Westphalia"). */
function startsPlaceName(run: Token[]): boolean {
  for (const n of [3, 2]) {
    if (run.length < n) continue;
    const place = worldPlaces().lookup(run.slice(0, n).map((t) => t.text.replace(/'s?$/, '')).join(' '));
    if (place && (place.type === 'country' || place.population >= 20_000)) return true;
  }
  // "Northern Ireland", "West Java": a compass word before a place's name.
  return run.length >= 2 && COMPASS_WORD.test(run[0].text) && (worldPlaces().lookup(run[1].text) !== undefined || ['Place', 'City', 'Country', 'Region'].some((t) => run[1].tags.has(t)));
}

const FUNCTION_TAGS = new Set(['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord']);
const lastWord = (run: Token[]) => run.at(-1)!.text.toLowerCase().replace(/'s?$/, '');
const isHead = (w: string) => ORGANISATION_HEADS.has(w) || PLACE_HEADS.has(w);
const isEventWord = (w: string, words: number) => EVENT_HEADS.has(w) || (words === 1 && EVENT_PREFIXES.has(w));

export function findNameCandidates(text: string, tokens: Token[], free: (s: number, e: number) => boolean): NameCandidate[] {
  const runs = capitalisedRuns(text, tokens, free).flatMap(splitApposition);
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const out: NameCandidate[] = [];
  for (let r = 0; r < runs.length; r++) {
    let tokensOf = runs[r];
    let joined = false;
    let lastLinker = '';
    // Join the next run across connectors when this one names an organisation or a place.
    while (r + 1 < runs.length) {
      const i = byStart.get(tokensOf.at(-1)!.start)!;
      const next = runs[r + 1];
      const between = tokens.slice(i + 1, byStart.get(next[0].start)!);
      const words = between.map((t) => t.text.toLowerCase());
      const spaced = /^[ \t]+$/.test(text.slice(tokensOf.at(-1)!.end, between[0]?.start ?? 0)) && between.every((t, k) => /^[ \t]+$/.test(text.slice(t.end, (between[k + 1] ?? next[0]).start)));
      if (!spaced || words.length === 0 || words.length > 2 || !words.every((w) => NAME_CONNECTORS.has(w))) break;
      const linker = words.join(' ');
      // "Council for the Welfare of Immigrants", not "University of Sheffield of the UK".
      // "Battle of …", "Cup of Nations": an event's name, joined so that no name inside it counts.
      // "the Daughters of the American Revolution Constitution Hall": after "the", a plural common
      // word joined to a body's or place's name is the start of that name.
      const members = tokensOf.length === 1 && !joined && /^of/.test(linker) && /\p{Ll}s$/u.test(tokensOf[0].text) && !tokensOf[0].sentenceStart && isCommonWord(tokensOf[0])
        && tokens[byStart.get(tokensOf[0].start)! - 1]?.text === 'the' && isHead(lastWord(next));
      const ofLike = /^(?:of|for|on)(?: the)?$/.test(linker) && (isHead(lastWord(tokensOf)) || isEventWord(lastWord(tokensOf), tokensOf.length) || members || (joined && !/^(?:of|and)/.test(lastLinker)));
      // "Union of Rationalist Atheists and Agnostics", not "… Institute of Technology and Colorado
      // State University" or "… of Immigrants and Lee Cheuk-yan": one last word after "and".
      // "The Globe and Mail": a newspaper's name, "The" and its word, joined to one more word.
      const paper = tokensOf.length === 2 && tokensOf[0].text === 'The' && NEWSPAPER_WORDS.has(lastWord(tokensOf)) && next.length === 1;
      const andLike = linker === '&' || (linker === 'and' && ((joined && lastLinker !== 'and') || paper) && next.length === 1 && !isHead(lastWord(next)));
      // "Charles de Gaulle", "Rafael van der Vaart": a particle inside a person's name.
      const particle: boolean = words.every((w) => PERSON_PARTICLES.has(w)) && !joined && !isHead(lastWord(tokensOf)) && tokensOf.length <= 2 && next.length <= 2;
      if (!ofLike && !andLike && !particle) break;
      lastLinker = linker;
      tokensOf = [...tokensOf, ...between, ...next];
      joined = !particle;
      r += 1;
      if (particle) break;
    }
    // "Council on American-Islamic Relations Alia Salem": the person after a joined name.
    const tail = joined ? [3, 2].find((n) => tokensOf.length > n + 2 && GIVEN_NAME_TAGS.some((t) => tokensOf.at(-n)!.tags.has(t)) && tokensOf.slice(-n).every((t) => isCapitalised(t) && !isHead(lastWord([t])))) : undefined;
    const parts = tail ? [tokensOf.slice(0, -tail), tokensOf.slice(-tail)] : [tokensOf];
    for (const part of parts) {
      const start = part[0].start;
      const end = part.at(-1)!.end;
      const i = byStart.get(start)!;
      const spaced = (a: Token | undefined, b: Token | undefined) => a && b && /^[ \t]+$/.test(text.slice(a.end, b.start));
      const lower = (t: Token | undefined) => (t && /^\p{Ll}/u.test(t.text) ? t.text : undefined);
      const previous = spaced(tokens[i - 1], tokens[i]) ? lower(tokens[i - 1]) : undefined;
      out.push({ tokens: part, start, end, text: nameText(text, start, end), joined: joined && part === parts[0], before: previous });
    }
  }
  return out;
}
