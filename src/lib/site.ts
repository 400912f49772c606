/** The archive's own name and address, as pages, feeds and citations give them. */
export const ARCHIVE_NAME = 'News archive';

/** Where the archive is published: `$ARCHIVE_SITE` (absolute URL), as astro.config.mjs reads it. */
export function siteUrl(): URL {
  return new URL(process.env.ARCHIVE_SITE ?? 'http://localhost:4321');
}
