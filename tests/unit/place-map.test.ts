import { describe, expect, it } from 'vitest';
import { archiveMapPoints, minSpanFor, placeMapPoints } from '../../src/lib/place-map.ts';
import type { Article, Entity } from '../../src/schemas/article.ts';

const place = (id: string, type: string, coordinates: [number, number] | null): Entity =>
  ({ id, name: id[0].toUpperCase() + id.slice(1), kind: 'place', type, aliases: [], origin: 'gazetteer', wikidata: null, description: null, coordinates });
const places = new Map([
  ['baku', place('baku', 'city', [40.41, 49.87])],
  ['shusha', place('shusha', 'city', [39.76, 46.75])],
  ['yerevan', place('yerevan', 'city', [40.18, 44.51])],
  ['azerbaijan', place('azerbaijan', 'country', [40.3, 47.7])],
  ['paris', place('paris', 'city', [48.86, 2.35])],
  ['somewhere', place('somewhere', 'village', null)],
]);
const articleNaming = (...ids: string[]) => ({ places: ids.map((id) => ({ id, name: id, mentions: 1 })) }) as unknown as Article;

describe('placeMapPoints', () => {
  const articles = [articleNaming('baku', 'azerbaijan', 'shusha'), articleNaming('baku', 'paris', 'yerevan', 'somewhere')];

  it('marks the place, and the places near it named in its articles, nearest first; no country centre on a town map', () => {
    const map = placeMapPoints(places.get('baku')!, articles, (id) => places.get(id))!;
    expect(map.focus).toEqual({ id: 'baku', name: 'Baku', lat: 40.41, lon: 49.87 });
    expect(map.neighbours.map((p) => p.id)).toEqual(['shusha', 'yerevan']);
    const [west, south, east, north] = map.bounds;
    expect(west).toBeLessThan(44.51);
    expect(east).toBeGreaterThan(49.87);
    expect(south).toBeLessThan(39.76);
    expect(north).toBeGreaterThan(40.41);
  });

  it('shows countries on the map of a country, in a wider view', () => {
    const map = placeMapPoints(places.get('azerbaijan')!, articles, (id) => places.get(id))!;
    expect(map.neighbours.map((p) => p.id)).toContain('baku');
    expect(map.bounds[2] - map.bounds[0]).toBeGreaterThanOrEqual(minSpanFor('country'));
  });

  it('has no map for a place without coordinates', () => {
    expect(placeMapPoints(places.get('somewhere')!, articles, (id) => places.get(id))).toBeNull();
  });
});

describe('archiveMapPoints', () => {
  it('places every place with coordinates, sized by its articles, and counts the others', () => {
    const result = archiveMapPoints([
      { entity: places.get('baku')!, articles: [1, 2, 3, 4] },
      { entity: places.get('paris')!, articles: [1] },
      { entity: places.get('somewhere')!, articles: [1] },
    ]);
    expect(result.points.map((p) => p.id)).toEqual(['baku', 'paris']);
    expect(result.radius).toEqual({ baku: 9, paris: 6 });
    expect(result.unplaced).toBe(1);
  });
});
