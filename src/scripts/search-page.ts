/**
 * The search page, on Pagefind's JS API: full text, filters with counts (OR within a filter,
 * AND across filters, which Pagefind's default UI cannot do), sort by date, browsing by filters
 * alone, and the whole state in the URL. Result text is set with textContent; only Pagefind's
 * excerpt is HTML (escaped page text with <mark> around matches).
 */
import {
  FILTER_KEYS, FILTER_LABELS, hasCriteria, pagefindFilters, pagefindSort, parseSearchState,
  serializeSearchState, toggleFilter, type FilterKey, type SearchState,
} from '../lib/search-state.ts';

import { loadShardedSearch, type FilterCounts, type SearchResponse, type ShardedSearch } from './sharded-search.ts';

const PAGE_SIZE = 20;
/** Filter lists show this many values (plus the selected ones); the counts say how many more. */
const VALUES_SHOWN = 40;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let pagefind: ShardedSearch;
let generation = 0;
let shown: SearchResponse['results'] = [];
let offset = 0;

function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function valueOrder(key: FilterKey): (a: [string, number], b: [string, number]) => number {
  if (key === 'year' || key === 'month') return ([a], [b]) => (a < b ? 1 : -1);
  return ([a, n], [b, m]) => m - n || a.localeCompare(b);
}

function renderFilters(state: SearchState, counts: FilterCounts): void {
  filtersBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const selected = new Set(state.filters[key] ?? []);
    const entries = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || selected.has(v)).sort(valueOrder(key));
    if (entries.length === 0) continue;
    const visible = entries.filter(([v], i) => i < VALUES_SHOWN || selected.has(v));
    const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, FILTER_LABELS[key]));
    for (const [value, count] of visible) {
      const box = el('input', { type: 'checkbox', checked: selected.has(value) }) as HTMLInputElement;
      box.addEventListener('change', () => navigate(toggleFilter(readState(), key, value)));
      fieldset.append(el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${count})`)));
    }
    if (entries.length > visible.length) fieldset.append(el('p', { className: 'muted' }, `${entries.length - visible.length} more; search to narrow the list.`));
    filtersBox.append(fieldset);
  }
}

async function renderMore(run: number): Promise<void> {
  const page = shown.slice(offset, offset + PAGE_SIZE);
  offset += page.length;
  const items = await Promise.all(page.map((r) => r.data()));
  if (run !== generation) return;
  for (const d of items) {
    const excerpt = el('p', { className: 'excerpt' });
    excerpt.innerHTML = d.excerpt; // Pagefind's escaped text with <mark>
    const meta = [d.meta.date, d.meta.source].filter(Boolean).join(' · ');
    list.append(el('li', {}, el('a', { className: 'title', href: d.url }, d.meta.title ?? d.url), el('p', { className: 'meta' }, meta), excerpt));
  }
  more.hidden = offset >= shown.length;
}

/** Counts per filter: for a filter with selections, counted as if its own selections were off (so OR choices stay visible). */
async function filterCounts(state: SearchState, main: SearchResponse): Promise<FilterCounts> {
  const counts = { ...main.filters };
  for (const key of FILTER_KEYS) {
    if (!state.filters[key]?.length) continue;
    const others = pagefindFilters(state.filters, key);
    const response = state.query || Object.keys(others).length ? await pagefind.search(state.query || null, { filters: others }) : null;
    counts[key] = response ? response.filters[key] : (await pagefind.filters())[key];
  }
  return counts;
}

function describe(state: SearchState, total: number): string {
  const what = state.query ? ` for “${state.query}”` : '';
  const within = FILTER_KEYS.filter((k) => state.filters[k]?.length).map((k) => `${FILTER_LABELS[k]}: ${state.filters[k]!.join(' or ')}`);
  return `${total} ${total === 1 ? 'result' : 'results'}${what}${within.length ? `, where ${within.join('; and ')}` : ''}.`;
}

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  input.value = state.query;
  sortSelect.value = state.sort;
  document.title = state.query ? `${state.query} · Search · News archive` : 'Search · News archive';
  if (!hasCriteria(state)) {
    renderFilters(state, await pagefind.filters());
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type words to search the full text of every article, or choose filters to browse.';
    return;
  }
  status.textContent = 'Searching…';
  const response = await pagefind.search(state.query || null, { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) });
  if (current !== generation || !response) return;
  shown = response.results;
  offset = 0;
  list.replaceChildren();
  renderFilters(state, await filterCounts(state, response));
  await renderMore(current);
  if (current === generation) status.textContent = describe(state, shown.length);
}

function readState(): SearchState {
  return parseSearchState(location.search);
}

function navigate(state: SearchState, replace = false): void {
  const url = `${location.pathname}${serializeSearchState(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void run(state);
}

async function start(): Promise<void> {
  pagefind = await loadShardedSearch('/pagefind/', { highlightParam: 'highlight', excerptLength: 30 });
  // Searches report filter counts only once the filter index is loaded (Pagefind 1.6).
  await pagefind.filters();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...readState(), query: input.value.trim() });
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => navigate({ ...readState(), query: input.value.trim() }, true), 300);
  });
  sortSelect.addEventListener('change', () => navigate({ ...readState(), sort: sortSelect.value as SearchState['sort'] }));
  more.addEventListener('click', () => void renderMore(generation));
  addEventListener('popstate', () => void run(readState()));
  await run(readState());
}

void start();
