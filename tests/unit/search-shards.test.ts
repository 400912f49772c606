import { describe, expect, it } from 'vitest';
import { planShards, shardNames, shardOf, type IndexedArticle, shardSizeFor } from '../../scripts/site-state/search-shards.ts';

const dated = (dates: string[]): IndexedArticle[] => dates.map((date, i) => ({ url: `/articles/x-${i}/`, date }));

describe('search shards', () => {
  it('cuts dated articles into contiguous date ranges of about the shard size, never splitting one date', () => {
    const articles = dated(['2020-01-01', '2020-01-02', '2020-01-02', '2020-01-02', '2020-02-01', '2020-03-01', '2021', '2021-05']);
    const plan = planShards(articles, 3, null);
    const byShard = Map.groupBy(articles, (a) => shardOf(plan, a));
    expect([...byShard.values()].every((list) => list.length <= 4)).toBe(true);
    expect(new Set(articles.filter((a) => a.date === '2020-01-02').map((a) => shardOf(plan, a))).size).toBe(1);
    // Shards in name order hold ascending dates.
    const names = shardNames(plan).dated;
    const ranges = names.map((n) => byShard.get(n)!.map((a) => a.date!).sort());
    for (let i = 1; i < ranges.length; i++) expect(ranges[i - 1].at(-1)! < ranges[i][0]).toBe(true);
  });

  it('puts undated articles in their own shards', () => {
    const articles = [...dated(['2020-01-01']), { url: '/articles/undated/a/', date: null }, { url: '/articles/undated/b/', date: null }];
    const plan = planShards(articles, 1, null);
    expect(plan.undated).toBe(2);
    expect(shardOf(plan, articles[1])).toMatch(/^u[01]$/);
  });

  it('keeps its cuts while the shards fit, so one change re-indexes one shard', () => {
    const articles = dated(['2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01']);
    const plan = planShards(articles, 2, null);
    expect(planShards([...articles, ...dated(['2020-01-15'])], 2, plan)).toBe(plan);
    const grown = planShards([...articles, ...dated(['2020-01-15', '2020-01-16', '2020-01-17'])], 2, plan);
    expect(grown).not.toBe(plan);
  });
});

describe('shardSizeFor', () => {
  it('keeps 2,000 pages a shard while that makes at most 12 shards, then doubles', () => {
    expect([1, 2000, 10_000, 24_000].map(shardSizeFor)).toEqual([2000, 2000, 2000, 2000]);
    expect([24_001, 48_000, 48_001, 96_000, 200_000].map(shardSizeFor)).toEqual([4000, 4000, 8000, 8000, 32_000]);
  });

  it('gives a growing archive the same size from build to build, so its cuts are kept', () => {
    const sizes = new Set(Array.from({ length: 400 }, (_, i) => shardSizeFor(30_000 + i * 10)));
    expect([...sizes]).toEqual([4000]);
  });
});
