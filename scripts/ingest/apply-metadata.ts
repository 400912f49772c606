/**
 * Applies metadata that a source format states (HTML meta tags, crawler fields, Markdown
 * frontmatter) or that an archivist supplies (manifest, sidecar) over what the text reader
 * found: later sources win field by field. Dates stay "stated": metadata is a statement too.
 */
import type { ArticleDraft } from './ingest-file.ts';
import { matchOutlet, type OutletList } from './find-outlet.ts';
import { mergeMetadata } from './read-sidecar.ts';
import type { SourceMetadata } from './source-document.ts';

export function applyMetadata(draft: ArticleDraft, layers: readonly SourceMetadata[], outlets: OutletList): ArticleDraft {
  const m = mergeMetadata({}, ...layers);
  return {
    ...draft,
    title: m.title ?? draft.title,
    subtitle: m.subtitle ?? draft.subtitle,
    section: m.section ?? draft.section,
    authors: m.authors?.length ? m.authors : draft.authors,
    source: m.source ? { name: matchOutlet(m.source, outlets) ?? m.source, from: 'metadata' } : draft.source,
    originalUrl: m.url ?? draft.originalUrl,
    published: m.published ? { date: m.published.date, certainty: 'stated', text: m.published.text } : draft.published,
    updated: m.updated?.date ?? draft.updated,
  };
}
