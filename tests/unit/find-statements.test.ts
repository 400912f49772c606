import { describe, expect, it } from 'vitest';
import { findStatements, type MentionAt } from '../../scripts/ingest/find-statements.ts';
import { sentenceSpans } from '../../scripts/ingest/sentences.ts';

/** Mentions of the given names, found by position, as the entity finder reports them. */
function mentionsOf(blocks: string[], names: Record<string, string>): MentionAt[] {
  const out: MentionAt[] = [];
  for (const [block, text] of blocks.entries()) {
    for (const [name, key] of Object.entries(names)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ key, block, start: at, end: at + name.length });
    }
  }
  return out;
}
const statementsOf = (blocks: string[], names: Record<string, string>) =>
  findStatements(blocks, mentionsOf(blocks, names)).map((s) => [s.key, s.cue, s.quote]);

describe('sentenceSpans', () => {
  it('does not break after titles, initials or abbreviations', () => {
    const text = 'Gen. Smith met Mr. Pashinyan in the U.S. capital. John F. Kennedy was not there. St. Petersburg was calm.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. Smith met Mr. Pashinyan in the U.S. capital.', 'John F. Kennedy was not there.', 'St. Petersburg was calm.',
    ]);
  });
});

describe('findStatements', () => {
  const names = { 'Ilham Aliyev': 'actor:aliyev', 'Defence Ministry': 'actor:mod', Armenia: 'place:armenia', 'Hikmet Hajiyev': 'actor:hajiyev', Reuters: 'actor:reuters' };

  it('finds "X said", with an apposition or an auxiliary between name and verb', () => {
    expect(statementsOf(['The Defence Ministry said Armenia shelled Terter.'], names)).toEqual([['actor:mod', 'said', null]]);
    expect(statementsOf(['Hikmet Hajiyev, an aide to the president, has also warned of escalation.'], names)).toEqual([['actor:hajiyev', 'warned', null]]);
  });

  it('finds a quote followed by its speaker, and keeps the quoted words', () => {
    expect(statementsOf(['“We will not stop,” said President Ilham Aliyev.'], names)).toEqual([['actor:aliyev', 'said', 'We will not stop,']]);
    expect(statementsOf(['"We advanced," said the Defence Ministry on early Saturday.'], names)).toEqual([['actor:mod', 'said', 'We advanced,']]);
  });

  it('reads editorial brackets before the speaker ("said [President Ilham] Aliyev")', () => {
    const blocks = ['“We will not stop,” said [President Ilham] Aliyev.', '“Talks go on,” said [Hikmet] Hajiyev.'];
    // The entity finder's span starts at the name inside the brackets (the title is cut off).
    const mentions: MentionAt[] = [{ key: 'actor:aliyev', block: 0, start: blocks[0].indexOf('Ilham'), end: blocks[0].indexOf('.') }, { key: 'actor:hajiyev', block: 1, start: blocks[1].indexOf('Hikmet'), end: blocks[1].indexOf('.') }];
    expect(findStatements(blocks, mentions).map((s) => [s.key, s.cue, s.quote])).toEqual([['actor:aliyev', 'said', 'We will not stop,'], ['actor:hajiyev', 'said', 'Talks go on,']]);
  });

  it('finds "according to X"', () => {
    expect(statementsOf(['Three villages were hit, according to the Defence Ministry.'], names)).toEqual([['actor:mod', 'according to', null]]);
  });

  it('does not take the listener, a name inside a quote, or a name spoken about, as the speaker', () => {
    expect(statementsOf(['Ilham Aliyev told Reuters the war was over.'], names)).toEqual([['actor:aliyev', 'told', null]]);
    expect(statementsOf(['“Armenia said nothing,” the diplomat added.'], names)).toEqual([]);
    expect(statementsOf(['Armenia rejected the offer that Ilham Aliyev made.'], names)).toEqual([]);
  });

  it('does not take a name in reported speech, in a description or after "by" as the speaker', () => {
    const more = { ...names, 'John Kerry': 'actor:kerry', 'University of Arkansas': 'actor:uark', 'Sky News': 'actor:sky' };
    expect(statementsOf(['The Defence Ministry said John Kerry, the Secretary of State, called.'], more)).toEqual([['actor:mod', 'said', null]]);
    expect(statementsOf(['Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said the images matter.'], more)).toEqual([]);
    expect(statementsOf(['A leaked letter seen by Sky News says the claims will fail.'], more)).toEqual([]);
  });

  it('does not count an act ("declared independence") as a statement', () => {
    expect(statementsOf(['Armenia, a small country, declared independence in 1991.'], names)).toEqual([]);
  });

  it('leaves pronouns alone: "he said" names no speaker', () => {
    expect(statementsOf(['Ilham Aliyev spoke in Baku.', '“Enough,” he said.'], names)).toEqual([]);
  });

  it('gives one statement per speaker per sentence, in text order', () => {
    const found = statementsOf(['The Defence Ministry said, and the Defence Ministry said again, that Armenia said so.'], names);
    expect(found).toEqual([['actor:mod', 'said', null], ['place:armenia', 'said', null]]);
  });
});
