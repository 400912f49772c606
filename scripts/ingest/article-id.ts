/**
 * Ids and URLs of article pages. The id is a digest of the clean story text, so it does not
 * change when a file is moved or renamed, or when only its headline is corrected; the URL adds
 * the year and a slug of the title for readers: `/articles/2020/azerbaijan-seizes-arms-k3x9q2m7/`.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../../src/lib/slug.ts';
import { normaliseForComparison } from './text-lines.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 8 base-36 characters (41 bits): collisions are checked for, not assumed away. */
export function articleId(bodyText: string): string {
  const digest = sha256(normaliseForComparison(bodyText));
  return BigInt(`0x${digest.slice(0, 16)}`).toString(36).padStart(13, '0').slice(-8);
}

export function articleUrl(id: string, title: string, date: string | null): string {
  const year = date?.slice(0, 4) ?? 'undated';
  const slug = slugify(title, 50);
  return `/articles/${year}/${slug ? `${slug}-` : ''}${id}/`;
}
