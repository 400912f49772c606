/**
 * Gives each place of the archive the coordinates the gazetteer has for it, so the site can
 * draw it on a map. Actors and places the gazetteer does not place are left as they are.
 */
import type { Entity } from '../../src/schemas/article.ts';
import type { GazetteerEntry } from './gazetteer.ts';

export function withCoordinates<T extends { places: Entity[] }>(entities: T, gazetteer: readonly GazetteerEntry[]): T {
  const placed = new Map(gazetteer.filter((e) => e.kind === 'place' && e.coordinates).map((e) => [e.id, e.coordinates!]));
  return { ...entities, places: entities.places.map((p) => (placed.has(p.id) ? { ...p, coordinates: placed.get(p.id)! } : p)) };
}
