/** Site-relative URLs of the archive's pages, in one place. */

export type EntityKind = 'actor' | 'place';

export const entityIndexUrl = (kind: EntityKind) => (kind === 'actor' ? '/actors/' : '/places/');

export const entityUrl = (kind: EntityKind, id: string) => `${entityIndexUrl(kind)}${id}/`;

/** The search page with a query and filters set, e.g. `/search/?q=ceasefire&actor=Ilham+Aliyev`. */
export function searchUrl(params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/search/?${text}` : '/search/';
}

/** `/articles/2020/slug-id/` → `2020/slug-id`, the route parameter of the article page. */
export function articleRouteParam(url: string): string {
  return url.replace(/^\/articles\//, '').replace(/\/$/, '');
}

/**
 * Articles per page of an actor's or a place's page; older ones follow at `…/<id>/2/`.
 * `ARCHIVE_ENTITY_PAGE_SIZE` overrides it (tests: a small corpus with entities of several pages).
 */
export const ENTITY_PAGE_SIZE = Number(globalThis.process?.env.ARCHIVE_ENTITY_PAGE_SIZE) || 50;
