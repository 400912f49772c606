/**
 * Builds one fixture site for the build and browser tests, once per test run: the bundled
 * corpus in nested folders (one article saved twice), plus the hostile and broken files of
 * tests/fixtures/build-corpus/. Runs the real pipeline (`scripts/build.ts`) in a child process.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { copyFixtureFiles } from './helpers/fixture-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SITE_DIR = path.join(ROOT, 'tests/.tmp/site');

declare module 'vitest' {
  export interface ProvidedContext {
    site: { dist: string; corpus: string; work: string; buildLog: string };
  }
}

export default async function setup(project: TestProject) {
  const corpus = path.join(SITE_DIR, 'corpus');
  const work = path.join(SITE_DIR, 'work');
  const dist = path.join(SITE_DIR, 'dist');
  await rm(SITE_DIR, { recursive: true, force: true });
  const seeds = (await readdir(path.join(ROOT, 'content/corpus'))).filter((f) => f.endsWith('.txt')).sort();
  for (const [i, seed] of seeds.entries()) {
    const folder = path.join(corpus, i % 2 ? 'outlet-b/2020' : 'outlet-a');
    await mkdir(folder, { recursive: true });
    await cp(path.join(ROOT, 'content/corpus', seed), path.join(folder, seed));
  }
  await cp(path.join(ROOT, 'content/corpus', seeds[1]), path.join(corpus, 'zz-saved-again', `copy-of-${seeds[1]}`), { recursive: true });
  await copyFixtureFiles(corpus);
  await writeLargeFiles(path.join(corpus, 'large'));
  // Metadata beside the articles: a sidecar that dates one bundled article, and one naming no article.
  await cp(path.join(ROOT, 'tests/fixtures/build-corpus/sidecar-for-000.meta.json'), path.join(corpus, 'outlet-a', `${seeds[0]}.meta.json`));
  await cp(path.join(ROOT, 'tests/fixtures/build-corpus/orphan.meta.json'), path.join(corpus, 'extra', 'orphan.meta.json'));

  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build.ts', '--corpus', corpus, '--out', dist], {
    cwd: ROOT,
    // Search shards of four articles: every search test runs across several Pagefind indexes.
    env: { ...process.env, ARCHIVE_WORK_DIR: work, ARCHIVE_SEARCH_SHARD_SIZE: '4' },
    maxBuffer: 64 * 1024 * 1024,
  });
  project.provide('site', { dist, corpus, work, buildLog: `${stdout}\n${stderr}` });
}

/** Generated rather than committed: a 3 MB article (past the text limit) and one 60,000-character line. */
async function writeLargeFiles(dir: string) {
  await mkdir(dir, { recursive: true });
  const sentence = 'Negotiators met again in Geneva on Thursday and agreed to continue the talks next week. ';
  const paragraph = `${sentence.repeat(8).trim()}\n\n`;
  await writeFile(path.join(dir, 'three-megabyte-article.txt'), `A very long report on the Geneva talks\n\n${paragraph.repeat(Math.ceil((3 * 1024 * 1024) / paragraph.length))}`);
  await writeFile(path.join(dir, 'one-enormous-line.txt'), `A report saved without line breaks ${sentence.repeat(Math.ceil(60_000 / sentence.length))}`);
}
