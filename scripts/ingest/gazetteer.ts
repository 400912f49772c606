/**
 * The curated gazetteer (`content/gazetteer.yaml`): its schema, loading with errors that point
 * at the broken entry, and the alias index the entity finder matches against.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { entitySchema } from '../../src/schemas/article.ts';

export const gazetteerEntrySchema = z.object({
  id: entitySchema.shape.id,
  name: z.string().min(1),
  kind: z.enum(['actor', 'place']),
  type: z.string().min(1),
  aliases: z.array(z.string().min(1)).nullable().default([]).transform((a) => a ?? []),
  wikidata: entitySchema.shape.wikidata.default(null),
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).nullable().default(null),
  parent: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  /** Ids this entry had before a rename or merge; their pages redirect here. */
  formerIds: z.array(z.string()).nullable().default([]).transform((a) => a ?? []),
});
export type GazetteerEntry = z.output<typeof gazetteerEntrySchema>;

export async function loadGazetteer(file: string): Promise<GazetteerEntry[]> {
  const raw: unknown = parse(await readFile(file, 'utf8')) ?? [];
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a YAML list of entries, found ${typeof raw}. Start each entry with "- id: …".`);
  const entries = raw.map((entry, index) => {
    const result = gazetteerEntrySchema.safeParse(entry);
    if (result.success) return result.data;
    const where = (entry as { id?: string })?.id ?? `entry ${index + 1}`;
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${where} is not a valid gazetteer entry (${problems}). Fix the entry as described at the top of the file.`);
  });
  const seen = new Set<string>();
  for (const e of entries) {
    const key = `${e.kind}:${e.id}`;
    if (seen.has(key)) throw new Error(`${file}: the id "${e.id}" is used by two ${e.kind} entries. Give each entry its own id.`);
    seen.add(key);
  }
  return entries;
}

/** Every name of an entry, canonical first. */
export function namesOf(entry: GazetteerEntry): string[] {
  return [entry.name, ...entry.aliases];
}
