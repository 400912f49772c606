/**
 * The whole state of a search lives in its URL (`/search/?q=…&actor=…&actor=…&year=2020&sort=newest`),
 * so a search can be shared and cited. These pure functions turn that URL into the options of
 * Pagefind's JS API and back. Values within one filter combine with OR, filters with AND.
 */

export const FILTER_KEYS = ['actor', 'place', 'source', 'year', 'month', 'type'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'newest' | 'oldest';

export const FILTER_LABELS: Record<FilterKey, string> = {
  actor: 'Actor', place: 'Place', source: 'Source', year: 'Year', month: 'Month', type: 'Type of actor',
};

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
}

/** The query string of a state, in a stable order, so equal searches have equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.values(state.filters).some((v) => v && v.length > 0);
}

/** Pagefind's `filters` option: `{ actor: { any: [...] } }` is OR within a filter; keys are ANDed. */
export function pagefindFilters(filters: SearchState['filters'], except?: FilterKey): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (key !== except && values?.length) result[key] = { any: values };
  }
  return result;
}

export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/** A state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}
