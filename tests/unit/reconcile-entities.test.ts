import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../scripts/ingest/gazetteer.ts';
import { reconcileEntities } from '../../scripts/ingest/reconcile-entities.ts';
import { emptyRegistry } from '../../scripts/ingest/url-registry.ts';
import type { Entity } from '../../src/schemas/article.ts';

const entity = (kind: 'actor' | 'place', id: string, name: string, aliases: string[] = []): Entity =>
  ({ id, name, kind, type: 'x', aliases, origin: 'gazetteer', wikidata: null, description: null });
const entry = (kind: 'actor' | 'place', id: string, formerIds: string[] = []): GazetteerEntry =>
  ({ id, name: id, kind, type: 'x', aliases: [], wikidata: null, coordinates: null, parent: null, description: null, formerIds });

describe('reconcileEntities', () => {
  const first = reconcileEntities(emptyRegistry(), [entity('actor', 'nikol-pashinian', 'Nikol Pashinian'), entity('actor', 'defence-ministry', 'Defence Ministry'), entity('place', 'terter', 'Terter')], [], '2026-01-01');

  it('redirects a renamed entity whose gazetteer entry lists the old id', () => {
    const next = reconcileEntities(first.registry, [entity('actor', 'nikol-pashinyan', 'Nikol Pashinyan'), entity('place', 'terter', 'Terter')], [entry('actor', 'nikol-pashinyan', ['nikol-pashinian'])], '2026-02-01');
    expect(next.redirects).toContainEqual({ from: '/actors/nikol-pashinian/', to: '/actors/nikol-pashinyan/', kind: 'actor' });
  });

  it('redirects to the entity that now carries the old name as an alias (a merge)', () => {
    const next = reconcileEntities(first.registry, [entity('actor', 'azerbaijan-ministry-of-defence', 'Ministry of Defence of Azerbaijan', ['Defence Ministry']), entity('place', 'tartar', 'Tartar', ['Terter'])], [], '2026-02-01');
    expect(next.redirects).toEqual(expect.arrayContaining([
      { from: '/actors/defence-ministry/', to: '/actors/azerbaijan-ministry-of-defence/', kind: 'actor' },
      { from: '/places/terter/', to: '/places/tartar/', kind: 'place' },
    ]));
  });

  it('retires an entity nothing replaced, and keeps the date it was retired', () => {
    const next = reconcileEntities(first.registry, [], [], '2026-02-01');
    expect(next.retired.map((e) => `${e.kind}:${e.id}:${e.retired}`)).toEqual(expect.arrayContaining(['actor:defence-ministry:2026-02-01']));
    const later = reconcileEntities(next.registry, [], [], '2026-03-01');
    expect(later.retired.find((e) => e.id === 'defence-ministry')!.retired).toBe('2026-02-01');
  });

  it('brings a retired entity back when it reappears', () => {
    const gone = reconcileEntities(first.registry, [], [], '2026-02-01');
    const back = reconcileEntities(gone.registry, [entity('place', 'terter', 'Terter')], [], '2026-03-01');
    expect(back.retired.some((e) => e.id === 'terter')).toBe(false);
    expect(back.registry.entities.find((e) => e.id === 'terter')).toMatchObject({ redirectTo: null, retired: null });
  });
});
