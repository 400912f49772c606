/**
 * The URL registry: every article id and URL the archive has ever published, committed beside
 * the corpus so that a URL, once cited, keeps working. Each build matches its articles to the
 * registry (same text; same file, edited; or moved and lightly edited), keeps their ids, turns
 * changed URLs into redirects and marks articles that left the corpus as withdrawn.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { partialDateSchema } from '../../src/schemas/article.ts';
import { articleId, articleUrl } from './article-id.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { hammingDistance } from './text-fingerprint.ts';

const dateSchema = partialDateSchema.refine((d) => d.length === 10, 'expected YYYY-MM-DD');

export const registeredArticleSchema = z.object({
  id: z.string(),
  url: z.string(),
  /** Earlier URLs of the article; each gets a redirect page. */
  previousUrls: z.array(z.string()),
  sourceFile: z.string(),
  title: z.string(),
  textHash: z.string(),
  simhash: z.string(),
  contentHash: z.string(),
  firstArchived: dateSchema,
  lastChanged: dateSchema,
  /** Set when the article left the corpus; its URL then shows a withdrawal notice. */
  withdrawn: dateSchema.nullable(),
});
export type RegisteredArticle = z.output<typeof registeredArticleSchema>;

export const registeredEntitySchema = z.object({
  kind: z.enum(['actor', 'place']),
  id: z.string(),
  name: z.string(),
  /** Set when the entity was renamed or merged: the URL of the page that replaced it. */
  redirectTo: z.string().nullable(),
  /** Set when the entity no longer has a page and nothing replaced it. */
  retired: dateSchema.nullable(),
});
export type RegisteredEntity = z.output<typeof registeredEntitySchema>;

export const registrySchema = z.object({
  version: z.literal(1),
  articles: z.array(registeredArticleSchema),
  entities: z.array(registeredEntitySchema).default([]),
});
export type Registry = z.output<typeof registrySchema>;

export function emptyRegistry(): Registry {
  return { version: 1, articles: [], entities: [] };
}

export async function loadRegistry(file: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return emptyRegistry(); // a corpus built for the first time
  }
  const parsed = registrySchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file} is not a valid URL registry (${problems}). Restore it from version control; never edit ids or URLs in it by hand.`);
  }
  return parsed.data;
}

export async function saveRegistry(file: string, registry: Registry): Promise<void> {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted: Registry = {
    version: 1,
    articles: [...registry.articles].sort(byId),
    entities: [...registry.entities].sort((a, b) => (a.kind === b.kind ? byId(a, b) : a.kind < b.kind ? -1 : 1)),
  };
  await writeFile(file, `${JSON.stringify(sorted, null, 1)}\n`);
}

/** What the build knows of an article it is about to publish. */
export interface ArticleCandidate {
  sourceFile: string;
  title: string;
  date: string | null;
  textHash: string;
  simhash: string;
  contentHash: string;
}

/** Same file, edited: up to this many SimHash bits may differ. */
const SAME_FILE_DISTANCE = 18;
/** Another file (moved or renamed), lightly edited. */
const MOVED_DISTANCE = 6;

/**
 * Gives every candidate its registered id and URL (or a new one), records URL changes and
 * withdrawals, and returns the updated registry. Candidates are taken in corpus order, so the
 * outcome does not depend on timing.
 */
export function assignArticles(
  registry: Registry,
  candidates: readonly ArticleCandidate[],
  today: string,
): { assigned: RegisteredArticle[]; registry: Registry; diagnostics: Map<string, Diagnostic[]> } {
  const unclaimed = new Set(registry.articles);
  const byHash = groupBy(registry.articles, (e) => e.textHash);
  const byFile = groupBy(registry.articles, (e) => e.sourceFile);
  const claim = (entry: RegisteredArticle | undefined) => (entry && unclaimed.delete(entry) ? entry : undefined);
  const matches = new Map<ArticleCandidate, RegisteredArticle>();
  // Three passes, most certain first, so an exact match is never taken by a fuzzy one.
  for (const c of candidates) {
    const entry = claim(byHash.get(c.textHash)?.find((e) => unclaimed.has(e)));
    if (entry) matches.set(c, entry);
  }
  for (const c of candidates) {
    if (matches.has(c)) continue;
    const entry = claim(byFile.get(c.sourceFile)?.find((e) => unclaimed.has(e) && hammingDistance(e.simhash, c.simhash) <= SAME_FILE_DISTANCE));
    if (entry) matches.set(c, entry);
  }
  // Only what is still unmatched on both sides is compared pairwise: usually a handful.
  for (const c of candidates) {
    if (matches.has(c)) continue;
    let best: RegisteredArticle | undefined;
    let bestDistance = MOVED_DISTANCE + 1;
    for (const e of unclaimed) {
      const d = hammingDistance(e.simhash, c.simhash);
      if (d < bestDistance) [best, bestDistance] = [e, d];
    }
    const entry = claim(best);
    if (entry) matches.set(c, entry);
  }

  const usedIds = new Set(registry.articles.map((e) => e.id));
  const diagnostics = new Map<string, Diagnostic[]>();
  const assigned: RegisteredArticle[] = [];
  for (const c of candidates) {
    const old = matches.get(c);
    const id = old?.id ?? freshId(c.textHash, usedIds);
    usedIds.add(id);
    const url = articleUrl(id, c.title, c.date);
    const previousUrls = old ? [...new Set([...old.previousUrls, old.url])].filter((u) => u !== url) : [];
    if (old && old.url !== url) {
      diagnostics.set(c.sourceFile, [diagnostic('url-changed', 'info', `the article's URL changed from ${old.url} to ${url} (its title or date changed); the old URL redirects`, 'Nothing to do: citations of the old URL keep working.')]);
    }
    assigned.push({
      id, url, previousUrls,
      sourceFile: c.sourceFile, title: c.title, textHash: c.textHash, simhash: c.simhash, contentHash: c.contentHash,
      firstArchived: old?.firstArchived ?? today,
      lastChanged: old && old.contentHash === c.contentHash ? old.lastChanged : today,
      withdrawn: null,
    });
  }
  const withdrawn = [...unclaimed].map((e) => ({ ...e, withdrawn: e.withdrawn ?? today }));
  return { assigned, registry: { ...registry, articles: [...assigned, ...withdrawn] }, diagnostics };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The digest-derived id, or a variant of it when the registry already uses it. */
function freshId(textHash: string, used: ReadonlySet<string>): string {
  for (let n = 0; ; n++) {
    const id = articleId(n === 0 ? textHash : `${textHash}:${n}`);
    if (!used.has(id)) return id;
  }
}
