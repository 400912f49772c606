import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptAcrossBuilds, madeOrReused } from '../../src/lib/render-plan.ts';

/** Two builds of one export: the first records its digest, the second may reuse the site's file. */
describe('madeOrReused (exports made again only when their inputs changed)', () => {
  let dir: string;
  const saved = { ...process.env };
  const env = (name: 'next' | 'previous' | 'site') => path.join(dir, name);
  let made: number;
  const make = (text: string) => () => {
    made++;
    return text;
  };

  /** One build: records into `next`; with `incremental`, reads `previous` and the site. */
  async function build(inputs: unknown, text: string, incremental: boolean): Promise<string> {
    await rm(env('next'), { recursive: true, force: true });
    process.env.ARCHIVE_RENDER_MANIFEST = env('next');
    if (incremental) {
      process.env.ARCHIVE_RENDER_PREVIOUS = env('previous');
      process.env.ARCHIVE_RENDER_SITE = env('site');
    } else {
      delete process.env.ARCHIVE_RENDER_PREVIOUS;
      delete process.env.ARCHIVE_RENDER_SITE;
    }
    const body = await madeOrReused('/data/x.csv', () => inputs, make(text));
    const bytes = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    // As render-site.ts does after a build: the site gets the file, the manifests move.
    await mkdir(path.join(env('site'), 'data'), { recursive: true });
    await writeFile(path.join(env('site'), 'data/x.csv'), bytes);
    await rm(env('previous'), { recursive: true, force: true });
    await mkdir(env('previous'));
    for (const name of ['export-data-x.csv.json']) await writeFile(path.join(env('previous'), name), await readFile(path.join(env('next'), name)));
    return bytes;
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'render-plan-'));
    made = 0;
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  it('takes the file from the site when the digest is the one of the last build', async () => {
    expect(await build({ rows: [1, 2] }, 'first', false)).toBe('first');
    expect(made).toBe(1);
    // Same inputs: the site's bytes, not made again (a second text proves which one came back).
    expect(await build({ rows: [1, 2] }, 'second', true)).toBe('first');
    expect(made).toBe(1);
  });

  it('makes it again when the inputs changed, or the site lost the file, or the build is full', async () => {
    await build({ rows: [1, 2] }, 'first', false);
    expect(await build({ rows: [1, 3] }, 'changed', true)).toBe('changed');
    await rm(path.join(env('site'), 'data/x.csv'));
    expect(await madeOrReused('/data/x.csv', () => ({ rows: [1, 3] }), make('lost'))).toBe('lost');
    expect(await build({ rows: [1, 3] }, 'full', false)).toBe('full');
    expect(made).toBe(4);
  });

  it('makes it every time outside the build script (astro dev, a plain astro build), recording nothing', async () => {
    delete process.env.ARCHIVE_RENDER_MANIFEST;
    expect(await madeOrReused('/data/x.csv', () => { throw new Error('inputs are not read'); }, make('plain'))).toBe('plain');
    expect(made).toBe(1);
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

