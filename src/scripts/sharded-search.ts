/**
 * Pagefind over the archive's search shards (`/pagefind/shards.json`, written by
 * scripts/site-state/index-shards.ts): the first shard is the primary index and the others are
 * merged into it (Pagefind's mergeIndex; separate instances of createInstance share one
 * WebAssembly memory and corrupt each other in Pagefind 1.6). Each shard carries a synthetic
 * `shard` filter. Results by relevance come from one merged search, ordered by score as
 * Pagefind orders them. Results sorted by date are read shard by shard in date order (dated
 * shards hold contiguous date ranges; undated articles last), each restricted by its `shard`
 * filter, because the merged search re-sorts results by score and so loses the date order.
 */
export interface ResultData { url: string; excerpt: string; meta: Record<string, string> }
export interface SearchResult { id: string; score: number; data: () => Promise<ResultData> }
export type FilterCounts = Record<string, Record<string, number>>;
export interface SearchResponse {
  results: SearchResult[];
  filters: FilterCounts;
}
export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindModule {
  options(o: object): Promise<void>;
  mergeIndex(url: string, o: object): Promise<void>;
  search(term: string | null, o: SearchOptions): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}
interface ShardList {
  dated: { dir: string }[];
  undated: { dir: string }[];
}

export interface ShardedSearch {
  search(term: string | null, o: SearchOptions): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}

export function sumFilters(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/** The synthetic filter naming each result's shard (not one of the page's filters). */
const SHARD = 'shard';

function withoutShard(counts: FilterCounts): FilterCounts {
  const { [SHARD]: _, ...rest } = counts;
  return rest;
}

export async function loadShardedSearch(base: string, options: object): Promise<ShardedSearch> {
  const list = (await (await fetch(`${base}shards.json`)).json()) as ShardList;
  const shards = [...list.dated, ...list.undated].map((s) => s.dir);
  // Pagefind is written after the Astro build, so it is loaded at run time, not bundled; the
  // runtime finds its index beside it, so it is loaded from the first shard.
  const runtime = `${base}${shards[0]}/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ runtime)) as PagefindModule;
  await pagefind.options({ ...options, mergeFilter: { [SHARD]: shards[0] } });
  for (const dir of shards.slice(1)) await pagefind.mergeIndex(`${base}${dir}/`, { ...options, mergeFilter: { [SHARD]: dir } });
  /** Shards in the order of a date sort: the dated ones by their ranges, then the undated. */
  const inDateOrder = (direction: 'asc' | 'desc') => {
    const dated = list.dated.map((s) => s.dir);
    return [...(direction === 'desc' ? dated.reverse() : dated), ...list.undated.map((s) => s.dir)];
  };
  return {
    async search(term, o) {
      const direction = o.sort ? Object.values(o.sort)[0] : undefined;
      if (!direction || shards.length === 1) {
        const response = await pagefind.search(term, o);
        return response && { results: response.results, filters: withoutShard(response.filters) };
      }
      const results: SearchResult[] = [];
      const counts: FilterCounts[] = [];
      for (const dir of inDateOrder(direction)) {
        const response = await pagefind.search(term, { ...o, filters: { ...o.filters, [SHARD]: dir } });
        if (!response) return null;
        results.push(...response.results);
        counts.push(withoutShard(response.filters));
      }
      return { results, filters: sumFilters(counts) };
    },
    async filters() {
      return withoutShard(await pagefind.filters());
    },
  };
}
