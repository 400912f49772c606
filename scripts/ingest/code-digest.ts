/**
 * A digest of everything besides the source file that decides what the ingest makes of it: the
 * ingest code, the schemas and site helpers it renders with, the locked library versions, and
 * the curated gazetteer and outlet list. It is part of every cache key, so changing a rule, an
 * alias or a dependency invalidates every cached result at once.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders whose code shapes the ingest's output (src/lib: citations and site URL helpers). */
const CODE_DIRS = ['scripts/ingest', 'src/schemas', 'src/lib'];
const LOCKFILE = 'package-lock.json';

async function codeFiles(): Promise<string[]> {
  const lists = await Promise.all(CODE_DIRS.map(async (dir) => {
    const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  }));
  // Code-point order, so the digest does not depend on the file system's listing order.
  return [...lists.flat(), path.join(ROOT, LOCKFILE)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Hex SHA-256 over the code and the curated files (each named, so a rename counts too). */
export async function ingestCodeDigest(curated: { gazetteerFile: string; outletsFile: string }): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [...(await codeFiles()), curated.gazetteerFile, curated.outletsFile]) {
    const name = path.relative(ROOT, file);
    hash.update(`${name}\0`).update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The code citations are printed with (`citationCodeDigest`): citation-js and citeproc are in the lockfile. */
const CITATION_CODE = ['src/lib/citation.ts', 'src/lib/csl', 'scripts/ingest/cite-article.ts', LOCKFILE];

/**
 * Hex SHA-256 over the code that prints citations, and nothing else: an edit to a rule or to the
 * gazetteer re-reads every article, but their citations, cached under this digest and their
 * bibliographic fields, are not printed again.
 */
export async function citationCodeDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = await Promise.all(CITATION_CODE.map(async (name) => {
    const entries = await readdir(path.join(ROOT, name), { recursive: true, withFileTypes: true }).catch(() => null);
    return entries ? entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [path.join(ROOT, name)];
  }));
  for (const file of files.flat().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${path.relative(ROOT, file)}\0`).update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}
