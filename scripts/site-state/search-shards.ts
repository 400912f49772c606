/**
 * How the search index is split: article pages in shards of about `size` pages, each indexed by
 * its own Pagefind run, so memory is bounded by a shard and a change re-indexes only its shard.
 * Dated articles are cut into contiguous ranges of publication date (`cuts`, ascending: shard i
 * holds dates from cuts[i-1] up to, not including, cuts[i]), so the search page can sort by date
 * across shards by reading them in order; undated articles go to `undated` shards by a hash of
 * their URL. The cuts are kept from one build to the next while no shard grows past 1.5 × size.
 */
import { createHash } from 'node:crypto';

/** Pages per shard for a small archive: a rebuild's index step re-indexes ~2,000 pages. */
export const BASE_SHARD_SIZE = 2000;
/** Each shard adds ~21 KB to a reader's first query: past this many, shards grow instead. */
export const MAX_SHARDS = 12;

/**
 * The shard size for an archive of `articles` pages: 2,000 while that makes at most 12 shards,
 * then doubled as often as needed (4,000 up to 48,000 articles, 8,000 up to 96,000). Doubling,
 * not size = articles / 12, keeps the size (and so the cuts) the same from one build to the
 * next while the archive grows, so a rebuild re-indexes one shard, not all.
 */
export function shardSizeFor(articles: number): number {
  let size = BASE_SHARD_SIZE;
  while (articles > size * MAX_SHARDS) size *= 2;
  return size;
}

export interface ShardPlan {
  size: number;
  /** Ascending publication dates where a new dated shard starts. */
  cuts: string[];
  /** Number of shards of undated articles. */
  undated: number;
}

export interface IndexedArticle {
  url: string;
  date: string | null;
}

/** Shard folder names: `d0`… for the dated ranges (oldest first), `u0`… for undated articles. */
export function shardOf(plan: ShardPlan, article: IndexedArticle): string {
  if (article.date === null) {
    const hash = createHash('sha256').update(article.url).digest().readUInt32BE(0);
    return `u${hash % plan.undated}`;
  }
  let i = 0;
  while (i < plan.cuts.length && plan.cuts[i] <= article.date) i++;
  return `d${i}`;
}

export function shardNames(plan: ShardPlan): { dated: string[]; undated: string[] } {
  return {
    dated: Array.from({ length: plan.cuts.length + 1 }, (_, i) => `d${i}`),
    undated: Array.from({ length: plan.undated }, (_, i) => `u${i}`),
  };
}

function freshPlan(articles: readonly IndexedArticle[], size: number): ShardPlan {
  const dates = articles.flatMap((a) => (a.date === null ? [] : [a.date])).sort();
  const undatedCount = articles.length - dates.length;
  const shards = Math.max(1, Math.ceil(dates.length / size));
  const target = Math.ceil(dates.length / shards);
  const cuts: string[] = [];
  let inShard = 0;
  for (let i = 0; i < dates.length; i++) {
    // Cut only between two different dates: articles of one date share a shard.
    if (inShard >= target && dates[i] !== dates[i - 1]) {
      cuts.push(dates[i]);
      inShard = 0;
    }
    inShard++;
  }
  return { size, cuts, undated: Math.ceil(undatedCount / size) };
}

/** The plan for these articles: the previous one while it still fits, else a new one. */
export function planShards(articles: readonly IndexedArticle[], size: number, previous: ShardPlan | null): ShardPlan {
  if (previous && previous.size === size && previous.undated >= Math.ceil(articles.filter((a) => a.date === null).length / size)) {
    const counts = new Map<string, number>();
    for (const a of articles) counts.set(shardOf(previous, a), (counts.get(shardOf(previous, a)) ?? 0) + 1);
    if ([...counts.values()].every((n) => n <= size * 1.5) && (previous.undated > 0 || articles.every((a) => a.date !== null))) return previous;
  }
  return freshPlan(articles, size);
}
