/**
 * Merges the entities found in each article into the archive's list of actors and places:
 * one record per entity, with the curated data from the gazetteer (else the coordinates and
 * parent the finder took from the world places list) and every spelling seen.
 */
import type { Entity } from '../../src/schemas/article.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { FileOutcome } from './ingest-file.ts';

export interface CollectedEntities {
  actors: Entity[];
  places: Entity[];
}

function placing(kind: Entity['kind'], coordinates: [number, number] | null | undefined, parent: string | null | undefined) {
  if (kind !== 'place') return {};
  return { ...(coordinates ? { coordinates } : {}), ...(parent ? { parent } : {}) };
}

export function collectEntities(
  outcomes: readonly FileOutcome[],
  duplicates: ReadonlyMap<string, string>,
  gazetteer: readonly GazetteerEntry[],
): CollectedEntities {
  const curated = new Map(gazetteer.map((e) => [`${e.kind}:${e.id}`, e]));
  const merged = new Map<string, Entity>();
  for (const outcome of outcomes) {
    if (duplicates.has(outcome.sourceFile)) continue;
    for (const found of outcome.article?.entities ?? []) {
      const key = `${found.kind}:${found.id}`;
      const entry = curated.get(key);
      const entity = merged.get(key) ?? {
        id: found.id,
        name: found.name,
        kind: found.kind,
        type: found.type,
        aliases: [...(entry?.aliases ?? [])],
        origin: found.origin,
        wikidata: entry?.wikidata ?? null,
        description: entry?.description ?? null,
        // Absent for actors and for places nothing locates (the schema's convention).
        ...placing(found.kind, entry?.coordinates ?? found.coordinates, entry?.parent ?? found.parent),
      };
      for (const surface of found.surfaces) {
        if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
      }
      merged.set(key, entity);
    }
  }
  const byId = (a: Entity, b: Entity) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...merged.values()].sort(byId);
  return { actors: all.filter((e) => e.kind === 'actor'), places: all.filter((e) => e.kind === 'place') };
}
