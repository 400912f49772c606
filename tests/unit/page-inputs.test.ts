import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/lib/archive.ts';
import type { EntityEntry } from '../../src/lib/entity-index.ts';
import { entityPageInputs } from '../../src/lib/page-inputs.ts';
import { digestOf } from '../../src/lib/render-plan.ts';
import type { Article } from '../../src/schemas/article.ts';

/**
 * A later page of an entity's list is rendered again only when what it shows changed: its own
 * articles' entries of the mention file (their index digests in the ingest's index state) and
 * the entity's statement count; not when another article naming the entity rewrote the file.
 */
describe('entityPageInputs of a later page', () => {
  let dir: string;
  const saved = process.env.ARCHIVE_WORK_DIR;
  const articles = ['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, title: id, url: `/articles/${id}/` }) as unknown as Article);
  const archive = { byId: new Map(articles.map((a) => [a.id, a])) } as unknown as Archive;
  const entry = { entity: { id: 'yerevan', name: 'Yerevan' }, articles, mentions: 9 } as unknown as EntityEntry;
  // Page 2 of 2 lists a3 and a4.
  const page2 = { currentPage: 2, lastPage: 2, data: articles.slice(2) };
  const mentionFile = () => path.join(dir, 'mentions/place/yerevan.json');
  let tick = 0;

  /** Writes the index state and rewrites the mention file (a new stamp), as an ingest does. */
  async function ingest(digests: Record<string, string>, said: Record<string, number>): Promise<void> {
    const state = { code: 'x', articles: Object.fromEntries(Object.entries(digests).map(([id, digest]) => [id, { digest, keys: ['place:yerevan'], years: [], said: said[id] ? { 'place:yerevan': said[id] } : {} }])) };
    const stateFile = path.join(dir, 'index-state.json');
    await writeFile(stateFile, JSON.stringify(state));
    await writeFile(mentionFile(), JSON.stringify({ articles: digests, statements: [] }));
    // Distinct stamps even within one clock tick.
    tick++;
    for (const file of [stateFile, mentionFile()]) await utimes(file, 1_700_000_000 + tick, 1_700_000_000 + tick);
  }
  const inputs = () => digestOf(entityPageInputs(archive, 'place', entry, page2));

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'page-inputs-'));
    await mkdir(path.join(dir, 'mentions/place'), { recursive: true });
    process.env.ARCHIVE_WORK_DIR = dir;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.ARCHIVE_WORK_DIR;
    else process.env.ARCHIVE_WORK_DIR = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('stays the same when an article it does not list changes (the mention file is rewritten)', async () => {
    await ingest({ a1: 'd1', a2: 'd2', a3: 'd3', a4: 'd4' }, { a1: 1 });
    const before = inputs();
    await ingest({ a1: 'd1-edited', a2: 'd2', a3: 'd3', a4: 'd4' }, { a1: 1 });
    expect(inputs()).toBe(before);
  });

  it('changes when an article it lists changes, or the entity gains a statement anywhere', async () => {
    await ingest({ a1: 'd1', a2: 'd2', a3: 'd3', a4: 'd4' }, { a1: 1 });
    const before = inputs();
    await ingest({ a1: 'd1', a2: 'd2', a3: 'd3', a4: 'd4-edited' }, { a1: 1 });
    const listedEdited = inputs();
    expect(listedEdited).not.toBe(before);
    // a2 (page 1) now reports a statement by the entity: page 2 shows the count ("2 reported").
    await ingest({ a1: 'd1', a2: 'd2-said', a3: 'd3', a4: 'd4-edited' }, { a1: 1, a2: 1 });
    expect(inputs()).not.toBe(listedEdited);
  });

  it('falls back to the mention file’s stamp without an index state', async () => {
    await writeFile(mentionFile(), '{"articles":{},"statements":[]}');
    const before = inputs();
    await writeFile(mentionFile(), '{"articles":{},"statements":[], "changed": true}');
    expect(inputs()).not.toBe(before);
  });
});
