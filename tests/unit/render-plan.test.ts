import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptAcrossBuilds, pathsToRender } from '../../src/lib/render-plan.ts';

/** Builds of one route of two pages: the first records their digests, later ones build only what changed. */
describe('pathsToRender (pages built again only when their inputs changed)', () => {
  let dir: string;
  const saved = { ...process.env };
  const env = (name: 'next' | 'previous' | 'site') => path.join(dir, name);
  const pages = (inputs: Record<string, unknown>) => Object.entries(inputs).map(([file, value]) => ({ file, value }));

  /** One build of the route: records into `next`; with `incremental`, reads `previous` and the site. */
  async function build(inputs: Record<string, unknown>, incremental: boolean): Promise<string[]> {
    await rm(env('next'), { recursive: true, force: true });
    process.env.ARCHIVE_RENDER_MANIFEST = env('next');
    if (incremental) {
      process.env.ARCHIVE_RENDER_PREVIOUS = env('previous');
      process.env.ARCHIVE_RENDER_SITE = env('site');
    } else {
      delete process.env.ARCHIVE_RENDER_PREVIOUS;
      delete process.env.ARCHIVE_RENDER_SITE;
    }
    const chosen = pathsToRender('data-exports', pages(inputs), (p) => ({ url: `/data/${p.file}`, inputs: p.value })).map((p) => p.file);
    // As render-site.ts does after a build: the site gets the files built, the manifests move.
    await mkdir(path.join(env('site'), 'data'), { recursive: true });
    for (const file of chosen) await writeFile(path.join(env('site'), 'data', file), file);
    await rm(env('previous'), { recursive: true, force: true });
    await mkdir(env('previous'));
    await writeFile(path.join(env('previous'), 'data-exports.json'), await readFile(path.join(env('next'), 'data-exports.json')));
    return chosen;
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'render-plan-'));
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  it('builds nothing again when every digest is the one of the last build, and lists every file', async () => {
    expect(await build({ 'x.csv': [1, 2], 'y.json': 'a' }, false)).toEqual(['x.csv', 'y.json']);
    expect(await build({ 'x.csv': [1, 2], 'y.json': 'a' }, true)).toEqual([]);
    // Unchanged pages stay listed, so the merge keeps their files.
    expect(Object.keys(JSON.parse(await readFile(path.join(env('next'), 'data-exports.json'), 'utf8')))).toEqual(['data/x.csv', 'data/y.json']);
  });

  it('builds a page again when its inputs changed, or the site lost its file, or the build is full', async () => {
    await build({ 'x.csv': [1, 2], 'y.json': 'a' }, false);
    expect(await build({ 'x.csv': [1, 3], 'y.json': 'a' }, true)).toEqual(['x.csv']);
    await rm(path.join(env('site'), 'data/y.json'));
    expect(await build({ 'x.csv': [1, 3], 'y.json': 'a' }, true)).toEqual(['y.json']);
    expect(await build({ 'x.csv': [1, 3], 'y.json': 'a' }, false)).toEqual(['x.csv', 'y.json']);
  });

  it('builds every page outside the build script (astro dev, a plain astro build), reading no inputs', () => {
    delete process.env.ARCHIVE_RENDER_MANIFEST;
    const all = pathsToRender('data-exports', pages({ 'x.csv': 1 }), () => { throw new Error('inputs are not read'); });
    expect(all.map((p) => p.file)).toEqual(['x.csv']);
  });
});

describe('keptAcrossBuilds (related articles computed again only when their inputs changed)', () => {
  let dir: string;
  const saved = { ...process.env };
  let computed: number;
  /** One build: `next` recorded, then moved to `previous` as render-site.ts does. */
  async function build(inputs: unknown, value: string[]): Promise<string[]> {
    await rm(path.join(dir, 'next'), { recursive: true, force: true });
    process.env.ARCHIVE_RENDER_MANIFEST = path.join(dir, 'next');
    process.env.ARCHIVE_RENDER_PREVIOUS = path.join(dir, 'previous');
    const result = keptAcrossBuilds('related', () => inputs, () => {
      computed++;
      return value;
    });
    await rm(path.join(dir, 'previous'), { recursive: true, force: true });
    await mkdir(path.join(dir, 'previous'));
    await writeFile(path.join(dir, 'previous/related.data'), await readFile(path.join(dir, 'next/related.data')));
    return result;
  }
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kept-'));
    computed = 0;
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the kept value for the same inputs, and computes it again for others', async () => {
    expect(await build(['a', 'b'], ['first'])).toEqual(['first']);
    expect(await build(['a', 'b'], ['second'])).toEqual(['first']);
    expect(computed).toBe(1);
    expect(await build(['a', 'c'], ['third'])).toEqual(['third']);
    expect(computed).toBe(2);
    // A kept file that cannot be read is no error: computed again.
    await writeFile(path.join(dir, 'previous/related.data'), '{not json');
    expect(await build(['a', 'c'], ['fourth'])).toEqual(['fourth']);
  });
});

