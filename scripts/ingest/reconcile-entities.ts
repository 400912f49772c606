/**
 * Keeps actor and place URLs working when the gazetteer changes. An entity page that no longer
 * exists redirects to the entity that replaced it: one whose gazetteer entry lists the old id
 * under `formerIds` (a rename or merge), or one that now carries the old name as an alias.
 * Otherwise the URL is retired and shows a notice instead of a 404.
 */
import type { Entity } from '../../src/schemas/article.ts';
import { entityUrl } from '../../src/lib/urls.ts';
import type { Redirect } from './assign-urls.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { RegisteredEntity, Registry } from './url-registry.ts';

export function reconcileEntities(
  registry: Registry,
  current: readonly Entity[],
  gazetteer: readonly GazetteerEntry[],
  today: string,
): { registry: Registry; redirects: Redirect[]; retired: RegisteredEntity[] } {
  const key = (kind: string, id: string) => `${kind}:${id}`;
  const live = new Map(current.map((e) => [key(e.kind, e.id), e]));
  const formerly = new Map(gazetteer.flatMap((g) => g.formerIds.map((old) => [key(g.kind, old), g.id] as const)));
  const byName = new Map<string, Entity>();
  for (const e of current) for (const name of [e.name, ...e.aliases]) byName.set(key(e.kind, name.toLowerCase()), e);

  const entities: RegisteredEntity[] = current.map((e) => ({ kind: e.kind, id: e.id, name: e.name, redirectTo: null, retired: null }));
  for (const old of registry.entities) {
    if (live.has(key(old.kind, old.id))) continue;
    const successorId = formerly.get(key(old.kind, old.id)) ?? byName.get(key(old.kind, old.name.toLowerCase()))?.id;
    const successor = successorId && live.get(key(old.kind, successorId));
    entities.push(successor
      ? { ...old, redirectTo: entityUrl(old.kind, successor.id), retired: null }
      : { ...old, redirectTo: null, retired: old.retired ?? today });
  }
  const redirects = entities.filter((e) => e.redirectTo).map((e) => ({ from: entityUrl(e.kind, e.id), to: e.redirectTo!, kind: e.kind }));
  return { registry: { ...registry, entities }, redirects, retired: entities.filter((e) => e.retired) };
}
