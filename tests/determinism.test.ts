/**
 * The same corpus and configuration build a byte-identical site: no timestamps, random ids or
 * file-system order leak into dist/. Two builds of the same corpus, from separate copies with
 * separate registries and work folders, are compared file by file.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { dirDigests as digests } from './helpers/dir-digests.ts';
import { copyFixtureFiles } from './helpers/fixture-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'tests/.tmp/determinism');

async function buildCopy(name: string) {
  const corpus = path.join(DIR, name, 'corpus');
  await mkdir(corpus, { recursive: true });
  await cp(path.join(ROOT, 'content/corpus'), corpus, { recursive: true });
  await copyFixtureFiles(corpus);
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--corpus', corpus, '--out', path.join(DIR, name, 'dist'), '--registry', path.join(DIR, name, 'registry.json')], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_WORK_DIR: path.join(DIR, name, 'work'), SOURCE_DATE_EPOCH: '1790000000' },
  });
  return digests(path.join(DIR, name, 'dist'));
}

let first: Record<string, string>;
let second: Record<string, string>;

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  first = await buildCopy('a');
  second = await buildCopy('b');
}, 180_000);

describe('deterministic builds', () => {
  it('builds the same corpus into byte-identical sites', () => {
    expect(Object.keys(first).length).toBeGreaterThan(50);
    const differing = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
    expect(differing).toEqual([]);
  });
});
