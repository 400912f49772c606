/**
 * Incremental rebuilds: after a full build, a change to the corpus (one article edited, one
 * added, one deleted, an actor renamed in the gazetteer) is rebuilt by rendering and indexing
 * only what changed, and the site must be byte-identical to a clean full build of the changed
 * corpus (fresh work folder, the registry as it was before the change, and the same search
 * shard cuts, which a build keeps while its shards fit). Search shards of two articles, so the
 * index is split and a change re-indexes only some shards; entity pages of two articles, so
 * actors and places named in several articles have later pages, which a change renders again
 * only where it shows (src/lib/page-inputs.ts): a new headline of an article listed on a later
 * page, with the same names, changes that page and not the entity's counts.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { dirDigests as digests } from './helpers/dir-digests.ts';
import { copyFixtureFiles } from './helpers/fixture-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'tests/.tmp/incremental');
const corpus = path.join(DIR, 'corpus');
const work = path.join(DIR, 'work');
const dist = path.join(DIR, 'dist');
const registry = path.join(DIR, 'registry.json');
const gazetteer = path.join(DIR, 'gazetteer.yaml');

async function build(out: string, workDir: string, registryFile: string, extra: string[] = []): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts', '--corpus', corpus, '--out', out, '--registry', registryFile, ...extra], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_WORK_DIR: workDir, ARCHIVE_GAZETTEER: gazetteer, ARCHIVE_SEARCH_SHARD_SIZE: '2', ARCHIVE_ENTITY_PAGE_SIZE: '2', SOURCE_DATE_EPOCH: '1790000000' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

interface Outcome { log: string; incremental: Record<string, string>; clean: Record<string, string> }

/** Applies `change`, rebuilds incrementally, and builds the changed corpus cleanly beside it. */
async function rebuildAfter(name: string, change: () => Promise<void>): Promise<Outcome> {
  const before = path.join(DIR, `${name}-registry-before.json`);
  await cp(registry, before);
  const cleanWork = path.join(DIR, `${name}-work`);
  await mkdir(path.join(cleanWork, 'site-state'), { recursive: true });
  await cp(path.join(work, 'site-state/search-shards.json'), path.join(cleanWork, 'site-state/search-shards.json'));
  await change();
  const log = await build(dist, work, registry);
  await build(path.join(DIR, `${name}-clean`), cleanWork, before, ['--full']);
  return { log, incremental: await digests(dist), clean: await digests(path.join(DIR, `${name}-clean`)) };
}

const differing = (o: Outcome) => Object.keys({ ...o.incremental, ...o.clean }).filter((f) => o.incremental[f] !== o.clean[f]);
const outcomes: Record<string, Outcome> = {};

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(corpus, { recursive: true });
  await cp(path.join(ROOT, 'content/corpus'), corpus, { recursive: true });
  await copyFixtureFiles(corpus);
  await cp(path.join(ROOT, 'content/gazetteer.yaml'), gazetteer);
  await build(dist, work, registry);
  outcomes.edit = await rebuildAfter('edit', () => appendFile(path.join(corpus, '002_8136f59bb0079f48.txt'), '\nNegotiators in Geneva said the talks on the corridor would resume in the spring.\n'));
  outcomes.retitle = await rebuildAfter('retitle', async () => {
    const file = path.join(corpus, '002_8136f59bb0079f48.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Clashes break out on border', 'Heavy clashes break out on the border'));
  });
  outcomes.add = await rebuildAfter('add', () => writeFile(path.join(corpus, 'added.txt'), 'Talks resume in Geneva\n\nGENEVA, 4 March 2021 (Reuters) - Negotiators from Armenia and Azerbaijan met in Geneva on Thursday, officials said.\n\nThe talks on the corridor would continue next week, the ministry said.\n'));
  outcomes.delete = await rebuildAfter('delete', () => rm(path.join(corpus, '004_e05aee62c500806f.txt')));
  outcomes.rename = await rebuildAfter('rename', async () => {
    const text = await readFile(gazetteer, 'utf8');
    await writeFile(gazetteer, text.replace('  name: Ilham Aliyev\n  kind: actor\n  type: person\n  aliases: [', '  name: Ilham Heydar oglu Aliyev\n  kind: actor\n  type: person\n  aliases: [Ilham Aliyev, '));
  });
}, 600_000);

describe('incremental rebuilds', () => {
  for (const change of ['edit', 'retitle', 'add', 'delete', 'rename']) {
    it(`after a change (${change}) give the site a clean full build gives, byte for byte`, () => {
      const outcome = outcomes[change];
      expect(outcome.log).toMatch(/Rendered the changed pages only/);
      expect(Object.keys(outcome.clean).length).toBeGreaterThan(50);
      // Entities with later pages, whose inputs are their own slice of the list.
      expect(Object.keys(outcome.clean).filter((f) => /^(actors|places)\/[^/]+\/2\/index\.html$/.test(f)).length).toBeGreaterThan(2);
      expect(differing(outcome)).toEqual([]);
    });
  }

  it('re-renders and re-indexes only part of the site for one edited article', () => {
    const log = outcomes.edit.log;
    const changed = Number(log.match(/(\d+) files changed/)?.[1]);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(Object.keys(outcomes.edit.clean).length / 2);
    const [, shards, again] = log.match(/in (\d+) shards, (\d+) indexed again/)!.map(Number);
    expect(shards).toBeGreaterThanOrEqual(2);
    expect(again).toBeLessThan(shards);
  });
});
