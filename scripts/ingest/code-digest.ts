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
/** The code citations are printed with (`citationCodeDigest`): citation-js and citeproc are in the lockfile. */
const CITATION_CODE = ['src/lib/citation.ts', 'src/lib/csl', 'scripts/ingest/cite-article.ts', LOCKFILE];

/** Every file of the given project paths (a folder: its files, recursively), in code-point order,
 * so the digest does not depend on the file system's listing order. */
async function filesOf(names: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(names.map(async (name) => {
    const entries = await readdir(path.join(ROOT, name), { recursive: true, withFileTypes: true }).catch(() => null);
    return entries ? entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [path.join(ROOT, name)];
  }));
  return lists.flat().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Hex SHA-256 over the files, each named (so a rename counts too). */
async function digestOf(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.relative(ROOT, file)}\0`).update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** Hex SHA-256 over the code and the curated files. */
export async function ingestCodeDigest(curated: { gazetteerFile: string; outletsFile: string }): Promise<string> {
  return digestOf([...(await filesOf([...CODE_DIRS, LOCKFILE])), curated.gazetteerFile, curated.outletsFile]);
}

/**
 * Hex SHA-256 over the code that prints citations, and nothing else: an edit to a rule or to the
 * gazetteer re-reads every article, but their citations, cached under this digest and their
 * bibliographic fields, are not printed again.
 */
export async function citationCodeDigest(): Promise<string> {
  return digestOf(await filesOf(CITATION_CODE));
}
