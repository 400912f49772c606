/**
 * Fixture-folder tests of the entity finder: each folder in tests/fixtures/entities/ is one
 * resolution rule, named as a sentence, with the article text (`input.txt`, paragraphs separated
 * by a blank line, read with the project's gazetteer) and the entities it must yield
 * (`expected.json`: id, name, kind, type, origin, surfaces, each mention as written, and a
 * place's coordinates and parent; a name held back from a page on weak evidence, listed for
 * review, has `heldBack`: the reason). Regenerate with `UPDATE_FIXTURES=1 npm run test:unit` and
 * review the diff of every expected.json.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities, surfaceAt, type FoundEntity, type HeldBackEntity } from '../../scripts/ingest/find-entities.ts';
import { spellingVariantIds } from '../../scripts/ingest/group-spelling-variants.ts';
import { ingestContext, ROOT } from '../helpers/ingest-context.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/entities');

function project(entity: FoundEntity | HeldBackEntity, paragraphs: string[]) {
  return {
    ...('reason' in entity ? { heldBack: entity.reason } : {}),
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    type: entity.type,
    origin: entity.origin,
    surfaces: entity.surfaces,
    mentions: entity.spans.map((s) => `${s.block}: ${paragraphs[s.block].slice(s.start, s.end)}`),
    ...(entity.kind === 'place' ? { coordinates: entity.coordinates, parent: entity.parent } : {}),
  };
}

/** One article's entities, as the fixture's expected.json lists them. */
async function findIn(file: string) {
  const paragraphs = (await readFile(file, 'utf8')).trim().split(/\n\s*\n/);
  const heldBack: HeldBackEntity[] = [];
  const kept = findEntities(paragraphs, (await ingestContext()).entityIndex, heldBack);
  const found = [...kept, ...heldBack];
  for (const e of found) expect(e.mentions).toBe(e.spans.length);
  const spans = found.flatMap((e) => e.spans).sort((a, b) => a.block - b.block || a.start - b.start);
  spans.forEach((s, i) => i > 0 && s.block === spans[i - 1].block && expect(s.start, 'mentions must not overlap').toBeGreaterThanOrEqual(spans[i - 1].end));
  return { found, kept, paragraphs };
}

describe('entity fixtures', () => {
  for (const name of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    it(name.replaceAll('-', ' '), async () => {
      const dir = path.join(FIXTURES, name);
      // Several articles (input-a.txt, input-b.txt…): each article's entities after the corpus-wide grouping of spellings.
      const inputs = readdirSync(dir).filter((f) => /^input(?:-[\w-]+)?\.txt$/.test(f)).sort();
      const articles = await Promise.all(inputs.map((f) => findIn(path.join(dir, f))));
      const renames = spellingVariantIds(articles.map((a) => a.kept)); // names held back get no page to group
      const listed = articles.map(({ found, paragraphs }) => found.map((e) => project({ ...e, id: renames.get(e.id) ?? e.id }, paragraphs)).sort((a, b) => (a.id < b.id ? -1 : 1)));
      const actual = inputs.length === 1 ? listed[0] : Object.fromEntries(inputs.map((f, i) => [f, listed[i]]));
      const expectedFile = path.join(dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES) await writeFile(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(await readFile(expectedFile, 'utf8')));
    });
  }
});

describe('mention spans on real articles', () => {
  it('are exact (the text at each span, editorial brackets aside, is one of its spellings) and never overlap', async () => {
    const dirs = ['tests/fixtures/gum-wikinews/articles', 'tests/fixtures/gum-wikinews-interviews/articles'].map((d) => path.join(ROOT, d));
    const { entityIndex } = await ingestContext();
    for (const file of dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)))) {
      const paragraphs = (await readFile(file, 'utf8')).trim().split(/\n\s*\n/);
      const name = path.relative(ROOT, file);
      const found = findEntities(paragraphs, entityIndex);
      const spans = found.flatMap((e) => e.spans.map((s) => ({ ...s, e })));
      for (const s of spans) expect(s.e.surfaces, `${name}: ${s.e.id}`).toContain(surfaceAt(paragraphs[s.block], s.start, s.end));
      spans.sort((a, b) => a.block - b.block || a.start - b.start);
      spans.forEach((s, i) => i > 0 && s.block === spans[i - 1].block && expect(s.start, `${name}: ${s.e.id} overlaps ${spans[i - 1].e.id}`).toBeGreaterThanOrEqual(spans[i - 1].end));
    }
  });
});
