/**
 * Lists every file of a corpus folder, recursively and in a stable order, and says what each
 * one is: an article in a format the ingest reads, a sidecar or manifest with metadata for
 * articles, or something it cannot read (returned too, so it ends up in the report).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

export interface SourceFile {
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to the corpus folder, with forward slashes: the article's `sourceFile`. */
  relativePath: string;
  /** Whether the ingest has a reader for this kind of file. */
  supported: boolean;
  /** How to read it; null when unsupported. */
  format?: SourceFormat | null;
}

export interface CorpusFiles {
  articles: SourceFile[];
  /** `NAME.meta.json` files: metadata for the article beside them. */
  sidecars: SourceFile[];
  /** `manifest.csv` / `manifest.jsonl` at the corpus root: metadata for many articles. */
  manifests: SourceFile[];
}

/** Files that belong to the corpus folder's own housekeeping, not to the corpus. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export async function findCorpusFiles(corpusDir: string, options: { ignore?: string[] } = {}): Promise<CorpusFiles> {
  const root = path.resolve(corpusDir);
  // The corpus's own URL registry lives beside the articles.
  const ignore = new Set((options.ignore ?? []).map((p) => path.resolve(p)));
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: CorpusFiles = { articles: [], sidecars: [], manifests: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
    if (relativePath.split('/').some(isIgnored) || ignore.has(absolutePath)) continue;
    const name = entry.name.toLowerCase();
    const format = FORMATS[path.extname(name)] ?? null;
    const file: SourceFile = { absolutePath, relativePath, supported: format !== null, format };
    if (name.endsWith('.meta.json')) files.sidecars.push(file);
    else if (/^manifest\.(csv|jsonl)$/.test(name) && !relativePath.includes('/')) files.manifests.push(file);
    else files.articles.push(file);
  }
  // Code-point order, not locale order: the same folder lists the same way on every machine.
  const byPath = (a: SourceFile, b: SourceFile) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0);
  files.articles.sort(byPath);
  files.sidecars.sort(byPath);
  files.manifests.sort(byPath);
  return files;
}

/** The article files only (tests and tools that do not need metadata files). */
export async function findSources(corpusDir: string, options: { ignore?: string[] } = {}): Promise<SourceFile[]> {
  return (await findCorpusFiles(corpusDir, options)).articles;
}
