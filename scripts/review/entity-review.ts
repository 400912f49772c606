/**
 * The review list of names the name finder discovered (not in the curated gazetteer): how often
 * and where they occur, so an archivist can add them to `content/gazetteer.yaml` (with the
 * right type, aliases and Wikidata id), merge them into an existing entry as an alias, or
 * leave them. Pure: the CLI (`scripts/review-entities.ts`) reads the files and prints.
 * Names held back from pages on weak evidence (a given name alone, common words named once: `holdBackReason` in
 * `scripts/ingest/find-entities.ts`) are listed after them, with
 * counts, as candidates: they get a page once added to the gazetteer.
 */
import { stringify } from 'yaml';
import type { Entity } from '../../src/schemas/article.ts';
import type { EntityMentions } from '../ingest/write-indexes.ts';
import type { HeldBackItem } from '../ingest/collect-entities.ts';
import type { HoldReason } from '../ingest/find-entities.ts';

const REASONS: Record<HoldReason, string> = {
  'given-name-alone': 'a given name alone',
  'common-words': 'common words named once',
};

export interface ReviewItem {
  entity: Entity;
  articles: number;
  mentions: number;
  /** A few sentences naming it, with the article id. */
  contexts: { article: string; sentence: string }[];
  /** Curated entries whose name or alias shares a word with it: merge candidates. */
  similar: string[];
}

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'de', 'la', 'al']);
const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w));

export function reviewItems(
  discovered: readonly Entity[],
  mentionsOf: (e: Entity) => EntityMentions,
  curated: readonly Entity[],
  contextsPerItem = 3,
): ReviewItem[] {
  const byWord = new Map<string, Set<string>>();
  for (const c of curated) for (const name of [c.name, ...c.aliases]) for (const w of words(name)) byWord.set(w, (byWord.get(w) ?? new Set()).add(c.name));
  return discovered
    .map((entity) => {
      const found = mentionsOf(entity);
      const list = Object.entries(found.articles);
      return {
        entity,
        articles: list.length,
        mentions: list.reduce((n, [, a]) => n + (a.total || 1), 0), // a headline-only mention counts once
        contexts: list.slice(0, contextsPerItem).map(([article, a]) => ({ article, sentence: a.contexts[0]?.sentence ?? '' })),
        similar: [...new Set(words(entity.name).flatMap((w) => [...(byWord.get(w) ?? [])]))].sort().slice(0, 5),
      };
    })
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name, 'en'));
}

export function formatReview(items: readonly ReviewItem[], limit: number, heldBack: readonly HeldBackItem[] = []): string {
  if (items.length === 0 && heldBack.length === 0) return 'No discovered names: every actor and place of the archive is in the gazetteer.\n';
  const out = items.length === 0
    ? ['No discovered names with a page: every actor and place with a page is in the gazetteer.', '']
    : [`${items.length} names found by the name finder, not in content/gazetteer.yaml (most named first):`, ''];
  for (const item of items.slice(0, limit)) {
    const { entity } = item;
    out.push(`${entity.name}  [${entity.kind}, ${entity.type}, id ${entity.id}]  ${item.articles} ${item.articles === 1 ? 'article' : 'articles'}, ${item.mentions} ${item.mentions === 1 ? 'mention' : 'mentions'}`);
    if (entity.aliases.length) out.push(`  also written: ${entity.aliases.join(' · ')}`);
    if (item.similar.length) out.push(`  maybe the same as: ${item.similar.join(' · ')} (then add "${entity.name}" to its aliases)`);
    for (const c of item.contexts) out.push(`  - ${c.sentence}  (${c.article})`);
    out.push('');
  }
  if (items.length > limit) out.push(`… and ${items.length - limit} more (--limit 0 for all).`, '');
  if (heldBack.length) {
    out.push(`${heldBack.length} names held back from pages on weak evidence (no page until added to content/gazetteer.yaml; most named first):`, '');
    for (const item of heldBack.slice(0, limit)) {
      out.push(`${item.name}  [${item.kind}, ${item.type}, id ${item.id}]  ${item.articles} ${item.articles === 1 ? 'article' : 'articles'}, ${item.mentions} ${item.mentions === 1 ? 'mention' : 'mentions'}; held back: ${item.reasons.map((r) => REASONS[r]).join('; ')}`);
      for (const c of item.contexts) out.push(`  - ${c.sentence}  (${c.article})`);
      out.push('');
    }
    if (heldBack.length > limit) out.push(`… and ${heldBack.length - limit} more held back (--limit 0 for all).`, '');
  }
  out.push('To keep a name, copy its entry from `--format yaml` into content/gazetteer.yaml, check the type, add aliases and the Wikidata id, and rebuild.');
  return `${out.join('\n')}\n`;
}

/** Gazetteer entries to paste (names with a page, then held-back ones), with the fields an archivist must check left to fill. */
export function reviewYaml(items: readonly ReviewItem[], limit: number, heldBack: readonly HeldBackItem[] = []): string {
  const listed = [...items.map(({ entity }) => entity), ...heldBack.map((h) => ({ ...h, aliases: [] as string[] }))];
  const entries = listed.slice(0, limit).map((entity) => ({
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    type: entity.type,
    aliases: entity.aliases,
    wikidata: null,
    ...(entity.kind === 'place' ? { coordinates: null, parent: null } : {}),
    description: null,
  }));
  return stringify(entries, { lineWidth: 0 });
}

export function reviewCsvRows(items: readonly ReviewItem[], heldBack: readonly HeldBackItem[] = []): string[][] {
  return [
    ['id', 'name', 'kind', 'type', 'articles', 'mentions', 'aliases', 'similar', 'example', 'held back'],
    ...items.map((i) => [i.entity.id, i.entity.name, i.entity.kind, i.entity.type, String(i.articles), String(i.mentions), i.entity.aliases.join(' | '), i.similar.join(' | '), i.contexts[0]?.sentence ?? '', '']),
    ...heldBack.map((h) => [h.id, h.name, h.kind, h.type, String(h.articles), String(h.mentions), '', '', h.contexts[0]?.sentence ?? '', h.reasons.join(' | ')]),
  ];
}
