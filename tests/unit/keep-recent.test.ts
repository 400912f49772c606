import { describe, expect, it } from 'vitest';
import { keepRecent } from '../../src/lib/keep-recent.ts';

describe('keepRecent', () => {
  it('loads a key once while it is among the last few asked for, and again once it was dropped', async () => {
    const loads: string[] = [];
    const get = keepRecent(2, async (key) => (loads.push(key), key.toUpperCase()));
    expect(await get('a')).toBe('A');
    await get('a');
    await get('b');
    await get('c'); // drops a, the oldest
    await get('b');
    await get('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });
});
