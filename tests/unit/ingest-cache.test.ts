/**
 * The ingest's cache and worker threads change how much work a run does, never what it writes:
 * a serial run, a run with workers and a run from a warm cache write byte-identical archives;
 * a changed source file is the only one read again; a changed gazetteer re-reads every file;
 * files whose content did not change are not rewritten.
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions, type IngestStats } from '../../scripts/ingest/run-ingest.ts';
import { copyFixtureFiles } from '../helpers/fixture-corpus.ts';
import { ROOT } from '../helpers/ingest-context.ts';

const DIR = path.join(ROOT, 'tests/.tmp/ingest-cache');
const corpus = path.join(DIR, 'corpus');

/** Every file the ingest wrote (but its cache), by path → SHA-256. */
async function digests(dir: string): Promise<Record<string, string>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const out: Record<string, string> = {};
  for (const e of entries) {
    const file = path.relative(dir, path.join(e.parentPath, e.name));
    // The cache, the stamps of the files as written (page-digests.json: mtimes differ between
    // runs) and the index state (written only with the cache).
    if (file.startsWith('ingest-cache') || file === 'page-digests.json' || file === 'index-state.json') continue;
    out[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** One ingest run into `DIR/<name>` (its own work folder and registry), returning its stats. */
async function ingest(name: string, options: Partial<IngestOptions> = {}): Promise<IngestStats> {
  let stats: IngestStats | undefined;
  await runIngest({
    corpusDir: corpus,
    workDir: path.join(DIR, name, 'work'),
    registryFile: path.join(DIR, name, 'registry.json'),
    gazetteerFile: path.join(ROOT, 'content/gazetteer.yaml'),
    outletsFile: path.join(ROOT, 'content/outlets.yaml'),
    today: '2026-01-01',
    ...options,
    onStats: (s) => { stats = s; },
  });
  return stats!;
}

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await cp(path.join(ROOT, 'content/corpus'), corpus, { recursive: true });
  await copyFixtureFiles(corpus);
}, 120_000);

describe('serial, parallel and cached ingest', () => {
  it('write byte-identical archives', async () => {
    const serial = await ingest('serial', { workers: 0, cache: false });
    const parallel = await ingest('parallel', { workers: 2 });
    expect(serial.workers).toBe(0);
    expect(parallel.workers).toBe(2);
    const warm = await ingest('parallel', { workers: 2 });
    expect(warm.filesRead).toEqual([]);
    expect(warm.pagesPrinted).toBe(0);
    expect(warm.pagesIndexed).toBe(0);
    const expected = await digests(path.join(DIR, 'serial', 'work'));
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(await digests(path.join(DIR, 'parallel', 'work'))).toEqual(expected);
  }, 120_000);
});

describe('the ingest cache', () => {
  const work = path.join(DIR, 'cached', 'work');
  let supportedFiles = 0;

  it('reads again only the file that changed, and rewrites only what changed', async () => {
    const first = await ingest('cached');
    supportedFiles = first.filesRead.length;
    expect(supportedFiles).toBeGreaterThan(5);
    const pages = path.join(work, 'articles');
    const mtimes = async () => Object.fromEntries(await Promise.all((await readdir(pages)).map(async (f) => [f, (await stat(path.join(pages, f))).mtimeMs] as const)));
    const before = await mtimes();
    // One more sentence in the story's longest paragraph.
    const changed = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort()[0];
    const file = path.join(corpus, changed);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const longest = lines.reduce((best, line, i) => (line.length > lines[best].length ? i : best), 0);
    lines[longest] += ' One more sentence.';
    await writeFile(file, lines.join('\n'));

    const second = await ingest('cached');
    expect(second.filesRead).toEqual([changed]);
    expect(second.pagesPrinted).toBe(1);
    expect(second.pagesIndexed).toBe(1);
    const after = await mtimes();
    const rewritten = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(rewritten).toHaveLength(1);
  }, 120_000);

  it('rewrites a page changed on disk since the last run, though its input is unchanged', async () => {
    const pages = path.join(work, 'articles');
    const [page] = (await readdir(pages)).sort();
    const text = await readFile(path.join(pages, page), 'utf8');
    await writeFile(path.join(pages, page), `${text}\nedited by hand`);
    const again = await ingest('cached');
    expect(again.pagesPrinted).toBe(0);
    expect(await readFile(path.join(pages, page), 'utf8')).toBe(text);
  }, 120_000);

  it('patches the mention and date indexes as a clean run writes them, when an article changes, goes and comes back', async () => {
    // The index files of the 'cached' archive, against a run without cache over the same corpus
    // and registry (so the same ids): mention files, statements, dates mentioned.
    const indexFiles = async (dir: string) => Object.fromEntries(Object.entries(await digests(dir))
      .filter(([file]) => /^(mentions|dates-mentioned)[/.]|^statements\.json$/.test(file)));
    let clean = 0;
    const expectSameAsClean = async () => {
      const name = `clean-${++clean}`;
      await mkdir(path.join(DIR, name), { recursive: true });
      await cp(path.join(DIR, 'cached', 'registry.json'), path.join(DIR, name, 'registry.json'));
      await ingest(name, { cache: false, workers: 0 });
      const expected = await indexFiles(path.join(DIR, name, 'work'));
      expect(Object.keys(expected).filter((f) => f.startsWith('mentions/')).length).toBeGreaterThan(20);
      expect(Object.keys(expected).filter((f) => f.startsWith('dates-mentioned/')).length).toBeGreaterThan(0);
      expect(await indexFiles(work)).toEqual(expected);
    };
    // After the one-sentence change of the first test.
    await expectSameAsClean();
    const [, gone] = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort();
    const aside = path.join(DIR, gone);
    await rename(path.join(corpus, gone), aside);
    const statementsFile = path.join(work, 'statements.json');
    const withIt = await readFile(statementsFile, 'utf8');
    const without = await ingest('cached');
    expect(without.pagesIndexed).toBe(0);
    // The article gone had statements: the statements index was patched, not only left as it was.
    expect(await readFile(statementsFile, 'utf8')).not.toBe(withIt);
    await expectSameAsClean();
    await rename(aside, path.join(corpus, gone));
    const back = await ingest('cached');
    expect(back.pagesIndexed).toBe(1);
    await expectSameAsClean();
  }, 240_000);

  it('reads every file again when the gazetteer changes', async () => {
    const gazetteer = path.join(DIR, 'gazetteer.yaml');
    await cp(path.join(ROOT, 'content/gazetteer.yaml'), gazetteer);
    await appendFile(gazetteer, '\n# an edit\n');
    const third = await ingest('cached', { gazetteerFile: gazetteer });
    expect(third.filesRead.length).toBe(supportedFiles);
    // …and prints every page again, but not their citations: a comment changes no title, author or date.
    expect(third.pagesPrinted).toBe(third.pages);
    expect(third.citationsReused).toBe(third.pagesPrinted);
    // A clean run from the same registry (the earlier tests removed and restored an article).
    await mkdir(path.join(DIR, 'gazetteer-clean'), { recursive: true });
    await cp(path.join(DIR, 'cached', 'registry.json'), path.join(DIR, 'gazetteer-clean', 'registry.json'));
    await ingest('gazetteer-clean', { gazetteerFile: gazetteer, cache: false });
    expect(await digests(path.join(DIR, 'cached', 'work'))).toEqual(await digests(path.join(DIR, 'gazetteer-clean', 'work')));
  }, 120_000);
});
