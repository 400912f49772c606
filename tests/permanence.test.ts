/**
 * Permanent URLs across rebuilds of a changing corpus: every URL a build published must still
 * resolve (page, redirect or notice) after the corpus grows, is reshuffled into other folders,
 * has a title corrected, and loses an article. Runs the real pipeline three times.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { promisedUrls, unresolvedUrls } from '../scripts/check-urls.ts';
import { loadRegistry, type Registry } from '../scripts/ingest/url-registry.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'tests/.tmp/permanence');
const corpus = path.join(DIR, 'corpus');
const registryFile = path.join(DIR, 'url-registry.json');
const SEEDS = path.join(ROOT, 'content/corpus');

async function build(out: string, date: string) {
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--corpus', corpus, '--out', out, '--registry', registryFile], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_WORK_DIR: path.join(DIR, 'work'), SOURCE_DATE_EPOCH: String(Date.parse(date) / 1000) },
  });
  return loadRegistry(registryFile);
}

const html = (site: string, url: string) => readFile(path.join(site, url, 'index.html'), 'utf8');
let first: Registry;
let second: Registry;
let third: Registry;

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(corpus, { recursive: true });
  const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  // Build 1: three articles.
  for (const seed of seeds.slice(0, 3)) await cp(path.join(SEEDS, seed), path.join(corpus, seed));
  first = await build(path.join(DIR, 'dist-1'), '2026-01-10');
  // Build 2: grown by two, reshuffled into folders and renamed, one headline corrected.
  for (const seed of seeds.slice(3)) await cp(path.join(SEEDS, seed), path.join(corpus, seed));
  await mkdir(path.join(corpus, 'by-outlet/anadolu'), { recursive: true });
  await rename(path.join(corpus, seeds[0]), path.join(corpus, 'by-outlet/anadolu/watch-video.txt'));
  await rename(path.join(corpus, seeds[1]), path.join(corpus, 'by-outlet/anadolu', seeds[1]));
  const retitled = path.join(corpus, seeds[2]);
  const text = await readFile(retitled, 'utf8');
  await writeFile(retitled, text.replace('Clashes break out on border after Armenia’s attacks — Azerbaijan', 'Clashes break out on Armenia–Azerbaijan border, Baku says'));
  // A different story published under the same headline as another article.
  await writeFile(path.join(corpus, 'same-headline.txt'), 'Azerbaijan seizes Armenian arms, ammunition, vehicles\n\nA second report under the same headline described a different operation in another district, officials said on Sunday.\n\nThe ministry gave no figures for the equipment taken in that operation.\n');
  second = await build(path.join(DIR, 'dist-2'), '2026-02-20');
  // Build 3: one article removed from the corpus.
  await rm(path.join(corpus, 'by-outlet/anadolu', seeds[1]));
  third = await build(path.join(DIR, 'dist-3'), '2026-03-30');
}, 180_000);

describe('permanent URLs', () => {
  it('keeps every article id through growth, moves, renames and a corrected headline', () => {
    const ids = (r: Registry) => r.articles.map((a) => a.id).sort();
    expect(first.articles).toHaveLength(3);
    expect(second.articles).toHaveLength(6);
    expect(ids(second)).toEqual(expect.arrayContaining(ids(first)));
  });

  it('redirects the old URL of a corrected headline to the new one', async () => {
    const before = first.articles.find((a) => a.title.startsWith('Clashes break out on border'))!;
    const after = second.articles.find((a) => a.id === before.id)!;
    expect(after.title).toBe('Clashes break out on Armenia–Azerbaijan border, Baku says');
    expect(after.url).not.toBe(before.url);
    expect(after.previousUrls).toEqual([before.url]);
    expect(after.lastChanged).toBe('2026-02-20');
    expect(after.firstArchived).toBe('2026-01-10');
    const page = await html(path.join(DIR, 'dist-2'), before.url);
    expect(page).toContain(`<link rel="canonical" href="http://localhost:4321${after.url}">`);
    expect(page).toContain(`url=${after.url}`);
  });

  it('keeps the record of an unchanged article as it was', () => {
    const moved = first.articles.find((a) => a.sourceFile === '000_722582a9e13e0dbd.txt')!;
    const now = second.articles.find((a) => a.id === moved.id)!;
    expect(now.sourceFile).toBe('by-outlet/anadolu/watch-video.txt');
    expect(now.url).toBe(moved.url);
    expect(now.lastChanged).toBe('2026-01-10');
  });

  it('resolves every URL any earlier build published, in every later build', () => {
    for (const [registry, site] of [[first, 'dist-2'], [first, 'dist-3'], [second, 'dist-3']] as const) {
      expect(promisedUrls(registry).length).toBeGreaterThan(10);
      expect(unresolvedUrls(registry, path.join(DIR, site))).toEqual([]);
    }
    expect(unresolvedUrls(third, path.join(DIR, 'dist-3'))).toEqual([]);
  });

  it('answers the URL of a removed article with a withdrawal notice', async () => {
    const removed = third.articles.find((a) => a.withdrawn)!;
    expect(removed.withdrawn).toBe('2026-03-30');
    expect(await html(path.join(DIR, 'dist-3'), removed.url)).toContain('This article was withdrawn from the archive');
  });

  it('gives a different URL to a different story under the same headline', () => {
    const same = second.articles.filter((a) => a.title === 'Azerbaijan seizes Armenian arms, ammunition, vehicles');
    expect(same).toHaveLength(2);
    expect(same[0].url).not.toBe(same[1].url);
    const urls = third.articles.map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
