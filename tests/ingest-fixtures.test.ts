/**
 * Fixture-folder tests of the ingest: each folder in tests/fixtures/articles/ is one behaviour,
 * named as a sentence, with the source file (`input.*`) and what the archive must make of it
 * (`expected.json`). Adding a case means adding a folder. After a deliberate change, regenerate
 * with `UPDATE_FIXTURES=1 npm test` and review the diff of every expected.json.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type FileOutcome } from '../scripts/ingest/ingest-file.ts';
import { ingestContext, ROOT } from './helpers/ingest-context.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/articles');

/** What a fixture pins down: the fields a reader sees, not ids or hashes. */
function project(outcome: FileOutcome) {
  const problems = outcome.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} (${d.severity})`);
  if (!outcome.article) return { page: false, problems };
  const a = outcome.article.draft;
  return {
    page: true,
    problems,
    title: a.title,
    subtitle: a.subtitle,
    kicker: a.kicker,
    section: a.section,
    published: a.published,
    updated: a.updated,
    source: a.source,
    authors: a.authors,
    credits: a.credits,
    dateline: a.dateline,
    actors: a.actors.map((e) => `${e.id} ×${e.mentions}`),
    places: a.places.map((e) => `${e.id} ×${e.mentions}`),
    captions: a.captions,
    photoCredits: a.photoCredits,
    related: a.related,
    body: outcome.article.body.map((b) => (b.kind === 'subheading' ? `## ${b.text}` : b.text)),
    removed: outcome.removed.map((r) => `${r.ruleId}: ${r.text}`),
  };
}

describe('ingest fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name.replaceAll('-', ' '), async () => {
      const dir = path.join(FIXTURES, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input'))!;
      const [outcome] = await ingestFile({ absolutePath: path.join(dir, input), relativePath: input, supported: true, format: 'text' }, await ingestContext());
      const actual = project(outcome);
      const expectedFile = path.join(dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES) await writeFile(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(await readFile(expectedFile, 'utf8')));
    });
  }
});
