/** Which kind of page a site path is, so weights are compared between pages of one kind. */

export type PageType = 'home' | 'article' | 'actor' | 'actors' | 'place' | 'places' | 'date' | 'search' | 'other';

/** `articles/2020/slug-id/index.html` → `article`; paths are relative to the site folder. */
export function pageType(file: string): PageType {
  const segments = file.split('/').slice(0, -1);
  const [first] = segments;
  if (segments.length === 0) return file === 'index.html' ? 'home' : 'other';
  if (first === 'articles') return 'article';
  if (first === 'actors') return segments.length === 1 ? 'actors' : 'actor';
  if (first === 'places') return segments.length === 1 ? 'places' : 'place';
  if (first === 'dates') return 'date';
  if (first === 'search') return 'search';
  return 'other';
}
