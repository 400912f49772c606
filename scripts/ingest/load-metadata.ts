/**
 * Metadata supplied beside the articles: a corpus `manifest.csv`/`.jsonl` and per-article
 * `NAME.meta.json` sidecars. They override what the text says (the sidecar winning over the
 * manifest), so an archivist can correct a date or add the original URL for citation.
 * Metadata that names no article is reported, never silently ignored.
 */
import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { CorpusFiles } from './find-sources.ts';
import { parseManifest, parseSidecar, sidecarNamesFor } from './read-sidecar.ts';
import type { SourceMetadata } from './source-document.ts';

export interface ArticleMetadata {
  /** Overrides in the order they apply (manifest, then sidecar). */
  overrides: SourceMetadata[];
  diagnostics: Diagnostic[];
}

export interface CorpusMetadata {
  byArticle: Map<string, ArticleMetadata>;
  /** Report entries for metadata files themselves (unreadable, orphaned rows or sidecars). */
  problems: { path: string; diagnostics: Diagnostic[] }[];
}

export async function loadMetadata(files: CorpusFiles): Promise<CorpusMetadata> {
  const articles = new Set(files.articles.map((f) => f.relativePath));
  const byArticle = new Map<string, ArticleMetadata>();
  const entry = (path: string) => byArticle.get(path) ?? byArticle.set(path, { overrides: [], diagnostics: [] }).get(path)!;
  const problems: CorpusMetadata['problems'] = [];

  for (const manifest of files.manifests) {
    const format = manifest.relativePath.endsWith('.csv') ? 'csv' : 'jsonl';
    const parsed = parseManifest(await readFile(manifest.absolutePath, 'utf8'), format, manifest.relativePath);
    const diagnostics = [...parsed.diagnostics];
    for (const [path, metadata] of parsed.entries) {
      if (articles.has(path)) entry(path).overrides.push(metadata);
      else diagnostics.push(diagnostic('manifest-unknown-file', 'warning', `the manifest has a row for ${JSON.stringify(path)}, which is not an article of the corpus`, 'Correct the path (relative to the corpus folder, with forward slashes) or remove the row.'));
    }
    problems.push({ path: manifest.relativePath, diagnostics });
  }

  const sidecarOf = new Map<string, string>();
  for (const article of articles) for (const name of sidecarNamesFor(article)) sidecarOf.set(name, article);
  for (const sidecar of files.sidecars) {
    const article = sidecarOf.get(sidecar.relativePath);
    if (!article) {
      problems.push({ path: sidecar.relativePath, diagnostics: [diagnostic('sidecar-orphan', 'warning', 'this sidecar names no article: no file of the same name sits beside it', 'Name it after its article (article.txt → article.txt.meta.json or article.meta.json), or remove it.')] });
      continue;
    }
    const parsed = parseSidecar(await readFile(sidecar.absolutePath, 'utf8'), sidecar.relativePath);
    const meta = entry(article);
    meta.overrides.push(parsed.metadata);
    meta.diagnostics.push(...parsed.diagnostics);
  }
  return { byArticle, problems };
}
