/**
 * One page for a discovered person whom different articles spell differently: "Nikol Pashinian"
 * in one article and "Nikol Pashinyan" in another. Within an article the finder already reads
 * transliteration variants as one person (`personKey`); across articles each spelling would get
 * its own id (the slug of the name). Two discovered people's ids are made one when their full
 * names have the same transliteration skeleton and the same given name as written; a surname
 * alone or an initial ("J. Smith") never crosses articles. The id kept is the one most articles
 * use (then the first in order), so the choice does not depend on the order files are read.
 */
import { contentChanged } from './content-digest.ts';
import type { FoundEntity } from './find-entities.ts';
import type { FileOutcome } from './ingest-file.ts';
import { nameKey, personKey } from './name-key.ts';

type Named = Pick<FoundEntity, 'id' | 'name' | 'kind' | 'type' | 'origin'>;

/** Old id → the id every spelling of that person shares (only ids that change). */
export function spellingVariantIds(articles: readonly (readonly Named[])[]): Map<string, string> {
  const groups = new Map<string, Map<string, number>>();
  // A name's group key, once per name: the same names recur in thousands of articles, and the
  // keys' regular expressions were most of this step's time (a rebuild runs it over every article).
  const keys = new Map<string, string | null>();
  const groupKey = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) {
      const words = nameKey(name).split(' ');
      key = words.length < 2 || words[0].length < 2 ? null : `${words[0]} ${personKey(name)}`;
      keys.set(name, key);
    }
    return key;
  };
  for (const entities of articles) {
    for (const e of entities) {
      if (e.origin !== 'discovered' || e.type !== 'person') continue;
      const key = groupKey(e.name);
      if (key === null) continue;
      const ids = groups.get(key) ?? new Map<string, number>();
      ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
      groups.set(key, ids);
    }
  }
  const renames = new Map<string, string>();
  for (const ids of groups.values()) {
    if (ids.size < 2) continue;
    const [kept] = [...ids].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0];
    for (const id of ids.keys()) if (id !== kept) renames.set(id, kept);
  }
  return renames;
}

/** Gives the articles' discovered people their shared ids (entities, lists, mentions, statements). */
export function groupSpellingVariants(outcomes: readonly FileOutcome[]): void {
  const articles = outcomes.flatMap((o) => (o.article ? [o.article] : []));
  const renames = spellingVariantIds(articles.map((a) => a.entities.filter((e) => e.kind === 'actor')));
  if (renames.size === 0) return;
  // The name written with the id kept, so the page's name does not depend on which article comes first.
  const names = new Map<string, string>();
  const kept = new Set(renames.values());
  for (const a of articles) for (const e of a.entities) if (e.kind === 'actor' && kept.has(e.id) && !names.has(e.id)) names.set(e.id, e.name);
  const key = (k: string) => (k.startsWith('actor:') && renames.has(k.slice(6)) ? `actor:${renames.get(k.slice(6))}` : k);
  for (const a of articles) {
    const ids = new Set(a.entities.filter((e) => e.kind === 'actor').map((e) => e.id));
    // Both spellings in one article (given names the finder did not join): leave that article as it is.
    if ([...ids].some((id) => renames.has(id) && ids.has(renames.get(id)!))) continue;
    for (const e of [...a.entities, ...a.draft.actors]) {
      const id = renames.get(e.id);
      if (id && (!('kind' in e) || e.kind === 'actor')) Object.assign(e, { id, name: names.get(id) ?? e.name });
    }
    let changed = false;
    for (const list of [a.mentions, a.headMentions, a.statements]) {
      for (const m of list) {
        const renamed = key(m.key);
        if (renamed === m.key) continue;
        m.key = renamed;
        changed = true;
      }
    }
    if (changed) contentChanged(a);
  }
}
