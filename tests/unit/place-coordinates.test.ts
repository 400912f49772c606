import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../scripts/ingest/gazetteer.ts';
import { withCoordinates } from '../../scripts/ingest/place-coordinates.ts';
import type { Entity } from '../../src/schemas/article.ts';

const entity = (id: string, kind: 'actor' | 'place'): Entity => ({ id, name: id, kind, type: 'city', aliases: [], origin: 'gazetteer', wikidata: null, description: null });
const entry = (id: string, kind: 'actor' | 'place', coordinates: [number, number] | null) => ({ id, kind, coordinates }) as GazetteerEntry;

describe('withCoordinates', () => {
  it('gives places the gazetteer coordinates and leaves unplaced places and actors as they are', () => {
    const result = withCoordinates(
      { actors: [entity('baku', 'actor')], places: [entity('baku', 'place'), entity('nowhere', 'place')] },
      [entry('baku', 'place', [40.41, 49.87]), entry('nowhere', 'place', null)],
    );
    expect(result.places.map((p) => p.coordinates)).toEqual([[40.41, 49.87], undefined]);
    expect(result.actors[0]).not.toHaveProperty('coordinates');
  });
});
