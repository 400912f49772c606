/**
 * Merges the entities found in each article into the archive's list of actors and places:
 * one record per entity, with the curated data from the gazetteer (else the coordinates and
 * parent the finder took from the world places list) and every spelling seen. Also lists the
 * discovered names held back from pages on weak evidence, with counts, for the review list.
 */
import type { Entity } from '../../src/schemas/article.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { FileOutcome } from './ingest-file.ts';
import type { HoldReason } from './find-entities.ts';

export interface CollectedEntities {
  actors: Entity[];
  places: Entity[];
  /** Discovered names held back from pages (`holdBackReason`) that no article made a page of. */
  heldBack: HeldBackItem[];
}

/** A name held back from a page of its own, over the whole archive. */
export interface HeldBackItem {
  id: string;
  name: string;
  kind: Entity['kind'];
  type: string;
  /** Why, in each article that named it (most common first). */
  reasons: HoldReason[];
  articles: number;
  mentions: number;
  /** A few sentences naming it, with the article's id (else its source file). */
  contexts: { article: string; sentence: string }[];
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
  return { actors: all.filter((e) => e.kind === 'actor'), places: all.filter((e) => e.kind === 'place'), heldBack: collectHeldBack(outcomes, duplicates, merged) };
}

function collectHeldBack(outcomes: readonly FileOutcome[], duplicates: ReadonlyMap<string, string>, pages: ReadonlyMap<string, Entity>, contextsPerItem = 3): HeldBackItem[] {
  type Tally = HeldBackItem & { why: Map<HoldReason, number> };
  const items = new Map<string, Tally>();
  for (const outcome of outcomes) {
    if (duplicates.has(outcome.sourceFile)) continue;
    for (const held of outcome.article?.heldBack ?? []) {
      const key = `${held.kind}:${held.id}`;
      if (pages.has(key)) continue; // another article gave it a page
      const item: Tally = items.get(key) ?? { id: held.id, name: held.name, kind: held.kind, type: held.type, reasons: [], articles: 0, mentions: 0, contexts: [], why: new Map() };
      item.articles += 1;
      item.mentions += held.mentions;
      item.why.set(held.reason, (item.why.get(held.reason) ?? 0) + 1);
      if (item.contexts.length < contextsPerItem) item.contexts.push({ article: outcome.article!.data?.id ?? outcome.sourceFile, sentence: held.sentence });
      items.set(key, item);
    }
  }
  return [...items.values()]
    .map(({ why, ...item }) => ({ ...item, reasons: [...why].sort((a, b) => b[1] - a[1]).map(([r]) => r) }))
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name, 'en') || (a.kind < b.kind ? -1 : 1));
}
