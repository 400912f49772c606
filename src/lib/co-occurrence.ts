/**
 * The actors and places most often named in the same articles as an entity: a researcher's
 * first map of who and where a story involves. Linear in the entity's articles and their refs.
 */
import type { Article } from '../schemas/article.ts';
import type { EntityKind } from './urls.ts';

export interface CoOccurring {
  kind: EntityKind;
  id: string;
  name: string;
  /** Articles naming both. */
  shared: number;
}

export function coOccurring(articles: readonly Article[], self: { kind: EntityKind; id: string }, limit = 10): { actors: CoOccurring[]; places: CoOccurring[] } {
  const counts = new Map<string, CoOccurring>();
  for (const article of articles) {
    for (const [kind, refs] of [['actor', article.actors], ['place', article.places]] as const) {
      for (const ref of refs) {
        if (kind === self.kind && ref.id === self.id) continue;
        const key = `${kind}:${ref.id}`;
        const entry = counts.get(key) ?? { kind, id: ref.id, name: ref.name, shared: 0 };
        entry.shared += 1;
        counts.set(key, entry);
      }
    }
  }
  const top = (kind: EntityKind) =>
    [...counts.values()]
      .filter((c) => c.kind === kind)
      .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name, 'en'))
      .slice(0, limit);
  return { actors: top('actor'), places: top('place') };
}
