import { describe, expect, it } from 'vitest';
import { findOutlet, matchOutlet, type OutletList } from '../../scripts/ingest/find-outlet.ts';

const outlets: OutletList = [
  { name: 'Anadolu Agency', aliases: ['AA', 'Anadolu'] },
  { name: 'Reuters', aliases: [] },
];

describe('findOutlet', () => {
  it('prefers a "Source:" credit, even for an outlet the list does not know', () => {
    expect(findOutlet([{ text: 'PHOTO: AA', from: 'photo-credit' }, { text: 'TSF', from: 'source-credit' }], outlets)).toEqual({ name: 'TSF', from: 'source-credit' });
  });

  it('takes a photo credit only as the last resort, and says so', () => {
    expect(findOutlet([{ text: 'PHOTO: AA', from: 'photo-credit' }], outlets)).toEqual({ name: 'Anadolu Agency', from: 'photo-credit' });
    expect(findOutlet([{ text: 'Reuters Archive', from: 'photo-credit' }, { text: 'Anadolu Agency website contains…', from: 'footer' }], outlets)).toEqual({ name: 'Anadolu Agency', from: 'footer' });
  });

  it('gives null when nothing names an outlet', () => {
    expect(findOutlet([{ text: 'Share', from: 'header' }], outlets)).toBeNull();
  });
});

describe('matchOutlet', () => {
  it('matches short capital abbreviations only in capitals and as whole words', () => {
    expect(matchOutlet('PHOTO: AA', outlets)).toBe('Anadolu Agency');
    expect(matchOutlet('a baaad day', outlets)).toBeNull();
    expect(matchOutlet('Aa', outlets)).toBeNull();
  });
});
