/**
 * Statements: what an article reports an actor as saying. Claims by one side, reported by one
 * outlet, are the core material of conflict research, so an actor's page lists them.
 *
 * A sentence is a statement of an entity when the entity is named as its speaker:
 * - "X said / says / stated / told … / added / claimed / warned / denied …" ("declared" is not
 *   among them: "declared independence" is an act, not a statement; an apposition
 *   between the name and the verb is allowed: "Hikmet Hajiyev, an aide to the president, said");
 * - "… said X" (a quote followed by its speaker, titles and editorial brackets allowed: "said
 *   President Ilham Aliyev", "said [Deputy Minister Arman] Hakobyan");
 * - "according to X".
 * Pronouns ("he said") are not resolved: a wrong speaker is worse than a missing statement.
 */
import { sentenceSpans } from './sentences.ts';

export interface MentionAt {
  /** `actor:ilham-aliyev`, `place:azerbaijan`. */
  key: string;
  block: number;
  start: number;
  end: number;
}

export interface Statement {
  key: string;
  block: number;
  /** The sentence, as written. */
  sentence: string;
  /** The words in quotation marks, when the sentence quotes the speaker. */
  quote: string | null;
  /** How the speaker is named: "said", "according to"… */
  cue: string;
}

const VERBS = 'said|says|say|stated|states|told|tells|added|adds|noted|notes|claimed|claims|announced|announces|warned|warns|insisted|insists|denied|denies|accused|accuses|confirmed|confirms|urged|urges|argued|argues|alleged|alleges|stressed|stresses|emphasi[sz]ed|explained|wrote|writes|tweeted|reported|reports|blamed|blames';
/** Speaker, optional apposition, optional auxiliaries, verb. */
const AFTER_SPEAKER = new RegExp(`^(?:['’]s\\s+(?:spokes(?:man|woman|person)|office|press service)\\s+)?(?:\\s*,[^,"“”]{1,90},)?\\s+(?:(?:has|had|have|also|later|then|previously|earlier|further|repeatedly|again)\\s+){0,2}(${VERBS})\\b`, 'iu');
/**
 * Quote or clause, comma, verb, then titles or "the", then the speaker ("…,” said the ministry").
 * "told" is left out: "told X" makes X the listener; without the comma, "said X" starts reported
 * speech about X ("the department said John Kerry contacted…").
 */
// Editorial brackets may open before the speaker's name or a title ("said [Deputy Minister Arman] Hakobyan").
const BEFORE_SPEAKER = new RegExp(`[,”"]\\s*(said|says|stated|added|noted|claimed|warned|insisted|confirmed|wrote)\\s+(?:\\[?(?:the|a|an|[\\p{Lu}][\\p{L}.’'-]*)\\]?\\s+){0,4}\\[?$`, 'u');
/** A name after a preposition is part of someone's description ("a curator at the University of X, said"), or the object ("seen by X says"). */
const COMPLEMENT = /\b(?:at|of|for|from|with|to|in|by|on)\s+(?:the\s+)?$/iu;
const ACCORDING_TO = /\baccording\s+to\s+(?:(?:the|a|an|[\p{Lu}][\p{L}.’'-]*)\s+){0,4}$/u;
/** The name closes its clause: punctuation, the end, or a short time phrase ("said the ministry on Saturday."). */
const CLAUSE_END = /^\s*(?:[,.;:!?”"]|$|(?:on|in|at|late|early|earlier|later|last|this|overnight)\b[^,.;"“”]{0,40}(?:[,.;]|$))/u;
const QUOTE = /[“"]([^“”"]{2,})[”"]/u;

export function findStatements(blocks: readonly string[], mentions: readonly MentionAt[]): Statement[] {
  const statements: Statement[] = [];
  const byBlock = Map.groupBy(mentions, (m) => m.block);
  for (const [block, inBlock] of [...byBlock].sort((a, b) => a[0] - b[0])) {
    const text = blocks[block];
    if (text === undefined) continue;
    for (const sentence of sentenceSpans(text)) {
      const seen = new Set<string>();
      const inSentence = inBlock.filter((m) => m.start >= sentence.start && m.end <= sentence.end).sort((a, b) => a.start - b.start);
      for (const mention of inSentence) {
        if (seen.has(mention.key)) continue;
        const before = text.slice(sentence.start, mention.start);
        const after = text.slice(mention.end, sentence.end);
        // A name inside the quotation is spoken about, not speaking.
        if (insideQuote(before)) continue;
        // "said X" and "according to X" only when the name closes the clause ("said Armenia shelled…" is not Armenia speaking).
        const closes = CLAUSE_END.test(after);
        const cue = (COMPLEMENT.test(before) ? undefined : AFTER_SPEAKER.exec(after)?.[1]) ?? (closes ? BEFORE_SPEAKER.exec(before)?.[1] ?? (ACCORDING_TO.test(before) ? 'according to' : null) : null);
        if (!cue) continue;
        seen.add(mention.key);
        const words = text.slice(sentence.start, sentence.end);
        statements.push({ key: mention.key, block, sentence: words, quote: QUOTE.exec(words)?.[1].trim() ?? null, cue: cue.toLowerCase() });
      }
    }
  }
  return statements;
}

/** Whether a quotation opened in `before` is still open. */
function insideQuote(before: string): boolean {
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}
