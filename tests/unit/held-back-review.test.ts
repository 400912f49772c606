/**
 * Names held back from pages on weak evidence (`holdBackReason`) reach the review list: counted
 * over the archive, left out when another article gave the name a page, printed after the names
 * with a page.
 */
import { describe, expect, it } from 'vitest';
import { collectEntities } from '../../scripts/ingest/collect-entities.ts';
import type { FileOutcome, HeldBackName } from '../../scripts/ingest/ingest-file.ts';
import type { FoundEntity } from '../../scripts/ingest/find-entities.ts';
import { formatReview, reviewCsvRows } from '../../scripts/review/entity-review.ts';

const found = (id: string, name: string): FoundEntity => ({ id, name, kind: 'actor', type: 'organisation', origin: 'discovered', surfaces: [name], mentions: 2, spans: [], coordinates: null, parent: null });
const held = (id: string, name: string, reason: HeldBackName['reason'], sentence: string): HeldBackName => ({ id, name, kind: 'actor', type: 'person', reason, mentions: 1, sentence });
const outcome = (file: string, entities: FoundEntity[], heldBack: HeldBackName[]): FileOutcome => ({
  sourceFile: file, encoding: 'utf-8', diagnostics: [], removed: [],
  article: { draft: {} as never, body: [], entities, heldBack, mentions: [], headMentions: [], headTexts: [], statements: [], eventDates: [], textHash: '', simhash: '' },
});

describe('held-back names', () => {
  const outcomes = [
    outcome('a.txt', [], [held('oliver', 'Oliver', 'given-name-alone', 'Oliver painted the walls.'), held('helen', 'Helen', 'given-name-alone', 'Helen helped.')]),
    outcome('b.txt', [found('helen', 'Helen')], [held('oliver', 'Oliver', 'given-name-alone', 'Oliver came back.')]),
    outcome('c.txt', [], [held('oliver', 'Oliver', 'given-name-alone', 'A copy: Oliver came back.')]),
  ];
  const { actors, heldBack } = collectEntities(outcomes, new Map([['c.txt', 'b.txt']]), []);

  it('are counted over the archive, without duplicates, and only while no article gives them a page', () => {
    expect(actors.map((a) => a.id)).toEqual(['helen']);
    expect(heldBack).toEqual([{ id: 'oliver', name: 'Oliver', kind: 'actor', type: 'person', reasons: ['given-name-alone'], articles: 2, mentions: 2, contexts: [{ article: 'a.txt', sentence: 'Oliver painted the walls.' }, { article: 'b.txt', sentence: 'Oliver came back.' }] }]);
  });

  it('are listed for review after the names with a page, with their reason and counts', () => {
    const text = formatReview([], 50, heldBack);
    expect(text).toContain('1 names held back from pages on weak evidence');
    expect(text).toContain('Oliver  [actor, person, id oliver]  2 articles, 2 mentions; held back: a given name alone');
    expect(text).toContain('  - Oliver painted the walls.  (a.txt)');
    expect(reviewCsvRows([], heldBack).at(-1)).toEqual(['oliver', 'Oliver', 'actor', 'person', '2', '2', '', '', 'Oliver painted the walls.', 'given-name-alone']);
  });
});
