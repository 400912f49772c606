/**
 * Names the outlet of an article from the clues the reader collected (a "Source:" credit, a
 * header line, a footer, a wire dateline, a photo credit), using the curated outlets list in
 * `content/outlets.yaml`. Clues are tried from the most to the least telling; a photo credit
 * names whoever took the picture, so it is the last resort and the result says where it came from.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { escapeRegExp } from './text-lines.ts';

export const outletListSchema = z.array(
  z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }),
);
export type OutletList = z.output<typeof outletListSchema>;

export async function loadOutlets(file: string): Promise<OutletList> {
  return outletListSchema.parse(parse(await readFile(file, 'utf8')) ?? []);
}

const CLUE_ORDER = ['source-credit', 'wire-dateline', 'header', 'footer', 'photo-credit'];


/** Finds a known outlet named as a whole word in the text. Short all-capital aliases match only in capitals. */
export function matchOutlet(text: string, outlets: OutletList): string | null {
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) {
      const caseSensitive = alias.length <= 4 || alias === alias.toUpperCase();
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
      if (re.test(text)) return outlet.name;
    }
  }
  return null;
}

export function findOutlet(
  clues: readonly { text: string; from: string }[],
  outlets: OutletList,
): { name: string; from: string } | null {
  const ordered = [...clues].sort((a, b) => CLUE_ORDER.indexOf(a.from) - CLUE_ORDER.indexOf(b.from));
  for (const clue of ordered) {
    const known = matchOutlet(clue.text, outlets);
    if (known) return { name: known, from: clue.from };
    // A "Source: X" credit names the outlet even when the list does not know it.
    if (clue.from === 'source-credit' && clue.text.length <= 60) return { name: clue.text.trim(), from: clue.from };
  }
  return null;
}
