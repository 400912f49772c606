import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindSort, parseSearchState, serializeSearchState, toggleFilter } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads query, repeated filters and sort', () => {
    expect(parseSearchState('?q=ceasefire&actor=Ilham+Aliyev&actor=Nikol%20Pashinyan&year=2020&sort=newest&other=x')).toEqual({
      query: 'ceasefire', filters: { actor: ['Ilham Aliyev', 'Nikol Pashinyan'], year: ['2020'] }, sort: 'newest',
    });
  });

  it('round-trips, in a stable order, so the same search has the same URL', () => {
    const a = serializeSearchState(parseSearchState('?year=2020&actor=B&actor=A&q=talks'));
    const b = serializeSearchState(parseSearchState('?q=talks&actor=A&year=2020&actor=B'));
    expect(a).toBe(b);
    expect(a).toBe('?q=talks&actor=A&actor=B&year=2020');
    expect(parseSearchState(a)).toEqual(parseSearchState(b));
  });

  it('ignores an unknown sort and empty values', () => {
    expect(parseSearchState('?sort=random&actor=&q=%20')).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });

  it('asks Pagefind for OR within a filter and AND across filters', () => {
    const state = parseSearchState('?source=TSF&source=Reuters&year=2020');
    expect(pagefindFilters(state.filters)).toEqual({ source: { any: ['TSF', 'Reuters'] }, year: { any: ['2020'] } });
    expect(pagefindFilters(state.filters, 'source')).toEqual({ year: { any: ['2020'] } });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter(parseSearchState('?q=x'), 'place', 'Baku');
    expect(on.filters.place).toEqual(['Baku']);
    expect(toggleFilter(on, 'place', 'Baku').filters.place).toEqual([]);
  });
});
