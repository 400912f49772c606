/** The archive's own name, as pages, feeds and citations give it. */
export const ARCHIVE_NAME = 'News archive';
