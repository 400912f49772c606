/**
 * What the map of a place shows: the place, and the places named in the same articles that lie
 * near it (the nearest few; countries only on the map of a country), in a view wide enough to
 * recognise the region. Only the place's own
 * articles are read, so each page costs as much as its articles.
 */
import type { Article, Entity } from '../schemas/article.ts';
import { boundsAround, distanceKm, type Bounds, type MapPoint } from './world-map.ts';

export interface PlaceMapPoints {
  focus: MapPoint;
  neighbours: MapPoint[];
  bounds: Bounds;
}

const COUNTRY_TYPES = new Set(['country', 'state']);

/** Degrees of the smallest view: a country needs room, a town shows its district. */
export function minSpanFor(type: string): number {
  if (COUNTRY_TYPES.has(type)) return 24;
  if (type === 'region' || type === 'province') return 5;
  return 3;
}

export const toPoint = (entity: Entity): MapPoint | null =>
  entity.coordinates ? { id: entity.id, name: entity.name, lat: entity.coordinates[0], lon: entity.coordinates[1] } : null;

export function placeMapPoints(
  place: Entity,
  articles: readonly Article[],
  placeById: (id: string) => Entity | undefined,
  { maxNeighbours = 6, radiusKm = 1000 } = {},
): PlaceMapPoints | null {
  const focus = toPoint(place);
  if (!focus) return null;
  const seen = new Set([place.id]);
  const candidates: { point: MapPoint; km: number }[] = [];
  for (const article of articles) {
    for (const ref of article.places) {
      if (seen.has(ref.id)) continue;
      seen.add(ref.id);
      const other = placeById(ref.id);
      // A country's centre on a map of a town says nothing about where the town is.
      const point = other && (COUNTRY_TYPES.has(place.type) || !COUNTRY_TYPES.has(other.type)) ? toPoint(other) : null;
      if (!point) continue;
      const km = distanceKm(focus, point);
      if (km <= radiusKm) candidates.push({ point, km });
    }
  }
  const neighbours = candidates.sort((a, b) => a.km - b.km || (a.point.id < b.point.id ? -1 : 1)).slice(0, maxNeighbours).map((c) => c.point);
  return { focus, neighbours, bounds: boundsAround([focus, ...neighbours], minSpanFor(place.type)) };
}

export interface ArchiveMapPoints {
  points: MapPoint[];
  /** Marker radius by place id: area grows with the number of articles. */
  radius: Record<string, number>;
  bounds: Bounds;
  /** Places of the archive without coordinates (not on the map). */
  unplaced: number;
}

/** Every place of the archive that has coordinates, sized by how many articles name it. */
export function archiveMapPoints(places: readonly { entity: Entity; articles: readonly unknown[] }[]): ArchiveMapPoints {
  const placed = places.flatMap((p) => {
    const point = toPoint(p.entity);
    return point ? [{ point, count: p.articles.length }] : [];
  });
  const max = Math.max(1, ...placed.map((p) => p.count));
  const radius = Object.fromEntries(placed.map((p) => [p.point.id, Math.round((3 + 6 * Math.sqrt(p.count / max)) * 10) / 10]));
  const points = placed.map((p) => p.point);
  return { points, radius, bounds: boundsAround(points, 24), unplaced: places.length - placed.length };
}
