/**
 * URL slugs for titles and names. Transliterates other scripts (Cyrillic, Armenian, Arabic…)
 * to ASCII so links stay readable and copyable; a name with nothing to transliterate (CJK)
 * gives an empty slug and the caller falls back to an id.
 */
import transliterateSlug from '@sindresorhus/slugify';

/** A slug of at most `maxLength` characters, cut at a word boundary. */
export function slugify(text: string, maxLength = 60): string {
  const full = transliterateSlug(text);
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : full.slice(0, maxLength)).replace(/-+$/, '');
}
