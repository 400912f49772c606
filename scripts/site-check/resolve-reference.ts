/**
 * A URL as written on a page → what it refers to: a path (and fragment) in this site, an
 * outside resource that is not checked, a `javascript:` URL, or something no browser can parse.
 * Resolution is the WHATWG URL parser's, so `../`, `./`, `//host`, stray whitespace and tabs
 * inside `java\tscript:` are read exactly as a browser reads them.
 */

export type ResolvedReference =
  /** `path` is percent-decoded and starts with `/`; `fragment` is null when there is none or it is empty. */
  | { kind: 'internal'; path: string; fragment: string | null }
  | { kind: 'javascript' }
  /** Another origin, or a scheme that leaves the site (mailto:, tel:, data:, …). */
  | { kind: 'skipped' }
  | { kind: 'invalid'; reason: string };

/** Stands in for the site's origin when none is configured (`.invalid` can never be registered). */
export const PLACEHOLDER_ORIGIN = 'https://site-check.invalid';

/**
 * Resolves `url`, found on the page served at `pageUrl`, against the page (or its `<base href>`).
 * With `siteOrigin` (an origin as `URL#origin` prints it, e.g. `https://example.org`), absolute
 * URLs on that origin are internal too.
 */
export function resolveReference(url: string, pageUrl: string, siteOrigin: string | null, baseHref: string | null = null): ResolvedReference {
  let base = new URL(pageUrl, siteOrigin ?? PLACEHOLDER_ORIGIN);
  if (baseHref !== null) {
    try {
      base = new URL(baseHref, base);
    } catch {
      // Browsers ignore an unparsable <base href>; so does the check.
    }
  }
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { kind: 'invalid', reason: 'the URL parser rejects it' };
  }
  if (resolved.protocol === 'javascript:') return { kind: 'javascript' };
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { kind: 'skipped' };
  if (resolved.origin !== (siteOrigin ?? PLACEHOLDER_ORIGIN)) return { kind: 'skipped' };
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    return { kind: 'invalid', reason: `its path ${JSON.stringify(resolved.pathname)} has a malformed percent-escape` };
  }
  const fragment = resolved.hash.slice(1);
  return { kind: 'internal', path, fragment: fragment === '' ? null : fragment };
}

/**
 * Whether a page with these anchors has the target of `fragment` (still percent-encoded, as the
 * URL parser leaves it). Like a browser: the fragment as written, then decoded; `top` always
 * scrolls to the top; a text fragment (`#:~:text=…`) needs no element.
 */
export function hasFragmentTarget(anchors: ReadonlySet<string>, fragment: string): boolean {
  const directive = fragment.indexOf(':~:');
  const id = directive === -1 ? fragment : fragment.slice(0, directive);
  if (id === '' || anchors.has(id)) return true;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // A malformed escape cannot name a decoded id; compare as written only.
  }
  return anchors.has(decoded) || decoded.toLowerCase() === 'top';
}
