/**
 * The Atom feed of the archive's newest additions (by the date they were archived), built
 * with the `feed` library. Every date comes from the URL registry, never from the clock, so
 * the same archive gives the same feed.
 */
import { Feed } from 'feed';
import type { Article } from '../schemas/article.ts';

/**
 * The library marks titles and summaries `type="html"`, so readers render them as HTML: escape
 * them, so an article whose title contains `<script>` shows those characters instead.
 */
const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function atomFeed(articles: readonly Article[], site: URL, archiveName: string, limit = 50): string {
  const newest = [...articles]
    .sort((a, b) => (a.lastChanged < b.lastChanged ? 1 : a.lastChanged > b.lastChanged ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, limit);
  const updated = newest[0]?.lastChanged ?? '1970-01-01';
  const feed = new Feed({
    id: new URL('/', site).href,
    title: archiveName,
    description: 'Newest and changed articles of the archive',
    link: new URL('/', site).href,
    language: 'en',
    updated: new Date(`${updated}T00:00:00Z`),
    feedLinks: { atom: new URL('/feed.xml', site).href },
    copyright: 'Articles are © their outlets; archived for research.',
    generator: archiveName,
  });
  for (const a of newest) {
    const link = new URL(a.url, site).href;
    feed.addItem({
      id: link,
      title: asHtmlText(a.title),
      link,
      date: new Date(`${a.lastChanged}T00:00:00Z`),
      published: new Date(`${a.firstArchived}T00:00:00Z`),
      description: asHtmlText([a.source?.name, a.published.date, a.subtitle].filter(Boolean).join(' · ')),
      author: a.authors.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
