/**
 * Lists every file of a corpus folder, recursively and in a stable order, and says which ones
 * the ingest can read. Files it cannot read are returned too, so they end up in the report.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Extensions read as article text. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const;

export interface SourceFile {
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to the corpus folder, with forward slashes: the article's `sourceFile`. */
  relativePath: string;
  /** Whether the ingest has a reader for this kind of file. */
  supported: boolean;
}

/** Files that belong to the corpus folder's own housekeeping, not to the corpus. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export async function findSources(corpusDir: string, options: { ignore?: string[] } = {}): Promise<SourceFile[]> {
  const root = path.resolve(corpusDir);
  // The corpus's own registry (and later, its manifest) live beside the articles.
  const ignore = new Set((options.ignore ?? []).map((p) => path.resolve(p)));
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: SourceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
    if (relativePath.split('/').some(isIgnored) || ignore.has(absolutePath)) continue;
    const ext = path.extname(entry.name).toLowerCase();
    files.push({
      absolutePath,
      relativePath,
      supported: (TEXT_EXTENSIONS as readonly string[]).includes(ext),
    });
  }
  // Code-point order, not locale order: the same folder lists the same way on every machine.
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
