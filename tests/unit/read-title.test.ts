import { describe, expect, it } from 'vitest';
import { isBreadcrumb, splitKicker, splitTruncatedBreadcrumb } from '../../scripts/ingest/read-title.ts';

describe('isBreadcrumb', () => {
  it.each([
    'World, Europe, Asia - Pacific, Azerbaijan Front Line',
    'Home > World > Europe',
    'News | Politics | Caucasus',
    'World, Europe, Russia and Central Asia',
  ])('recognises the trail %j', (line) => expect(isBreadcrumb(line)).toBe(true));

  it.each([
    'Armenia, Azerbaijan, Russia sign deal',
    'Azerbaijan seizes Armenian arms, ammunition, vehicles',
    'Baku, Yerevan, Moscow.',
    'Armenia, Azerbaijan and Russia sign the deal',
    'Yerevan',
  ])('does not take the headline %j for a trail', (line) => expect(isBreadcrumb(line)).toBe(false));
});

describe('splitTruncatedBreadcrumb', () => {
  it('finds a trail fused with a truncated copy of the next line', () => {
    const title = 'Azerbaijani army claims to have taken more than 60 Armenian positions in Nagorno-Karabakh';
    expect(splitTruncatedBreadcrumb('HomeWorldAzerbaijani army claims to have taken more than 60 Armenian positions in...', title)).toEqual({ section: 'World' });
    expect(splitTruncatedBreadcrumb('Azerbaijani army claims to have taken…', title)).toEqual({ section: null });
  });

  it('leaves lines alone that do not end in an ellipsis or do not match the next line', () => {
    expect(splitTruncatedBreadcrumb('Talks resume', 'Talks resume in Geneva')).toBeNull();
    expect(splitTruncatedBreadcrumb('Something else entirely is said here...', 'Talks resume in Geneva')).toBeNull();
  });
});

describe('splitKicker', () => {
  it('splits a known label off the headline', () => {
    expect(splitKicker('WATCH: Azerbaijan’s army destroys equipment')).toEqual({ kicker: 'WATCH', title: 'Azerbaijan’s army destroys equipment' });
    expect(splitKicker('ANALYSIS | What the ceasefire means')).toEqual({ kicker: 'ANALYSIS', title: 'What the ceasefire means' });
  });

  it('keeps a speaker attribution as part of the headline', () => {
    expect(splitKicker('UN: aid convoy blocked at the border')).toEqual({ kicker: null, title: 'UN: aid convoy blocked at the border' });
    expect(splitKicker('Azerbaijan president: Troops deployed')).toEqual({ kicker: null, title: 'Azerbaijan president: Troops deployed' });
  });
});
