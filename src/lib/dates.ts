/**
 * Partial publication dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): how they read, how they sort,
 * and the year → month → day archive they are grouped into.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

/** "2 October 2020", "October 2020", "2020", or "Date unknown". */
export function formatPartialDate(date: string | null): string {
  if (!date) return 'Date unknown';
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${monthName(month)} ${year}`;
  if (month) return `${monthName(month)} ${year}`;
  return year;
}

/** Newest first; a date known to the day sorts after its month; undated articles last. */
export function compareByDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

export interface DateArchive<T> {
  /** Path segments of the archive page: [], ['2020'], ['2020', '10'], ['2020', '10', '02'], ['undated']. */
  segments: string[];
  label: string;
  /** Everything published within this period, newest first. */
  items: T[];
  /** Sub-periods, newest first. */
  children: DateArchive<T>[];
}

/**
 * The year → month → day tree of `items`, each dated by `dateOf` (YYYY, YYYY-MM, YYYY-MM-DD or
 * null). Items dated only to the year or month are listed at that level.
 */
export function groupByDate<T>(items: readonly T[], dateOf: (item: T) => string | null): DateArchive<T> {
  const root: DateArchive<T> = { segments: [], label: 'All dates', items: [], children: [] };
  const nodes = new Map<string, DateArchive<T>>([['', root]]);
  const node = (segments: string[]): DateArchive<T> => {
    const key = segments.join('/');
    let found = nodes.get(key);
    if (!found) {
      const label = segments[0] === 'undated' ? 'Undated' : formatPartialDate(segments.join('-'));
      found = { segments, label, items: [], children: [] };
      nodes.set(key, found);
      node(segments.slice(0, -1)).children.push(found);
    }
    return found;
  };
  const sorted = [...items].sort((a, b) => compareByDateDesc(dateOf(a), dateOf(b)));
  for (const item of sorted) {
    root.items.push(item);
    const date = dateOf(item);
    const parts = date ? date.split('-') : ['undated'];
    for (let depth = 1; depth <= parts.length; depth++) node(parts.slice(0, depth)).items.push(item);
  }
  const sortChildren = (n: DateArchive<T>) => {
    n.children.sort((a, b) => (a.segments[0] === 'undated' ? 1 : b.segments[0] === 'undated' ? -1 : compareByDateDesc(a.segments.join('-'), b.segments.join('-'))));
    n.children.forEach(sortChildren);
  };
  sortChildren(root);
  return root;
}

/** Every node of the tree, for one static page each. */
export function flattenArchive<T>(root: DateArchive<T>): DateArchive<T>[] {
  return [root, ...root.children.flatMap(flattenArchive)];
}

export function dateArchiveUrl(segments: readonly string[]): string {
  return segments.length === 0 ? '/dates/' : `/dates/${segments.join('/')}/`;
}
