/**
 * What stands before and around a headline on a scraped page: breadcrumb trails, a trail fused
 * with a truncated copy of the headline ("HomeWorldAzerbaijani army claims…"), and kickers
 * ("WATCH:", "ANALYSIS |") that label the story without being part of its title.
 */

const KICKERS = new Set([
  'watch', 'video', 'videos', 'live', 'live updates', 'update', 'updated', 'exclusive', 'analysis', 'opinion',
  'breaking', 'breaking news', 'explainer', 'interview', 'photos', 'in pictures', 'factbox', 'fact check',
  'insight', 'comment', 'editorial', 'feature', 'review', 'q&a', 'podcast', 'listen', 'timeline', 'profile',
]);

/** "WATCH: Azerbaijan’s army …" → kicker "WATCH", title "Azerbaijan’s army …". */
export function splitKicker(line: string): { kicker: string | null; title: string } {
  const match = /^([\p{L}&' ]{2,20}?)\s*[:|–—]\s+(\S.*)$/u.exec(line);
  if (match && KICKERS.has(match[1].toLowerCase())) return { kicker: match[1], title: match[2] };
  return { kicker: null, title: line };
}

const CRUMB_SEPARATOR = /\s*(?:[>»|›/]|,)\s*/;
const CRUMB_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'in']);

/**
 * "World, Europe, Asia - Pacific, Azerbaijan Front Line" or "Home > World > Europe": three or
 * more short items in title case. A headline listing names ("Armenia, Azerbaijan, Russia sign
 * deal") has lower-case words and does not match.
 */
export function isBreadcrumb(line: string): boolean {
  const items = line.split(CRUMB_SEPARATOR);
  if (items.length < 3 || /[.!?]$/.test(line)) return false;
  return items.every((item) => {
    const words = item.split(/\s+/).filter((w) => w !== '-' && w !== '&');
    // Section names may join capitalised words with "and"/"of"/"the" ("Russia and Central Asia").
    return words.length >= 1 && words.length <= 5 && /^[\p{Lu}\d]/u.test(words[0]) &&
      words.every((w) => /^[\p{Lu}\d]/u.test(w) || CRUMB_CONNECTORS.has(w));
  });
}

/**
 * A breadcrumb fused with a truncated headline: the line ends in an ellipsis and its tail is
 * the start of the next line. Returns the last crumb as the section ("Home", "World" → "World").
 */
export function splitTruncatedBreadcrumb(line: string, next: string): { section: string | null } | null {
  const stem = line.replace(/\s*(\.{3}|…)$/, '');
  if (stem === line || stem.length < 12 || next === '') return null;
  for (let start = 0; start <= stem.length - 12; start++) {
    const tail = stem.slice(start);
    if (!next.startsWith(tail)) continue;
    const crumbs = stem.slice(0, start).split(/(?<=\p{Ll})(?=\p{Lu})|\s*[>»|›/,]\s*/u).map((c) => c.trim()).filter(Boolean);
    const meaningful = crumbs.filter((c) => !/^home$/i.test(c));
    return { section: meaningful.at(-1) ?? null };
  }
  return null;
}
