/**
 * Where the ingest writes the generated archive (MDX pages, entity lists, report) and where
 * Astro reads it. One environment variable moves it, so tests can build into a temp folder.
 * Resolved from the working directory, not from this file: Astro bundles this module, and a
 * bundled copy no longer sits in src/lib.
 */
import path from 'node:path';

/** The generated archive: `$ARCHIVE_WORK_DIR`, or `.archive/` in the working directory. */
export function workDir(): string {
  return path.resolve(process.env.ARCHIVE_WORK_DIR ?? '.archive');
}

export const workFiles = (dir: string) => ({
  articles: path.join(dir, 'articles'),
  /**
   * Every article's metadata as the ingest validated it (its page's frontmatter), in id order:
   * what the site lists and joins, read as one file (src/lib/archive.ts), not from Astro's
   * content store, which Astro bundles into the build as one JavaScript string.
   */
  catalogue: path.join(dir, 'catalogue.jsonl'),
  /** Per-article body data (paragraphs with anchors) for the JSON export. */
  records: path.join(dir, 'records'),
  /** Each article's story as HTML (`<id>.html`), written by the article loader for the article page. */
  html: path.join(dir, 'article-html'),
  /** Per article: digest and file stamps of its page and record as the ingest wrote them (src/lib/page-digests.ts). */
  pageDigests: path.join(dir, 'page-digests.json'),
  actors: path.join(dir, 'actors.json'),
  places: path.join(dir, 'places.json'),
  /** Discovered names held back from pages on weak evidence, for `npm run review:entities`. */
  heldBack: path.join(dir, 'held-back.json'),
  report: path.join(dir, 'ingest-report.json'),
  /** Earlier URLs and the pages that replaced them. */
  redirects: path.join(dir, 'redirects.json'),
  /** Articles that left the corpus: their URLs show a notice. */
  withdrawn: path.join(dir, 'withdrawn.json'),
  /** Per actor and place (`mentions/<kind>/<id>.json`): mentions in context and statements. */
  mentions: path.join(dir, 'mentions'),
  /** Every statement by speaker (`actor:<id>` → the statements of its mention file), for the statements export. */
  statements: path.join(dir, 'statements.json'),
  /** Dates the stories mention, one file per year (`dates-mentioned/<YYYY>.json`). */
  datesMentioned: path.join(dir, 'dates-mentioned'),
  datesMentionedSummary: path.join(dir, 'dates-mentioned.json'),
  /** Per article: what its mention and date entries were made from, and which of those files they are in (scripts/ingest/write-indexes.ts). */
  indexState: path.join(dir, 'index-state.json'),
  /** Actor and place pages that no longer exist and have no successor. */
  retired: path.join(dir, 'retired-entities.json'),
});
