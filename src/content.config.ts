/**
 * The archive's collections, read from what the ingest generated. Actors and places are parsed
 * with the schema the ingest validated them against (src/schemas/article.ts). The articles
 * collection renders each page's story (src/loaders/article-loader.ts: rendered by the loader,
 * not compiled one module each) and holds no metadata: that is in the ingest's catalogue,
 * validated against the article schema when written (src/lib/archive.ts reads it).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { workDir, workFiles } from './lib/paths.ts';
import { siteUrl } from './lib/site.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { entitySchema } from './schemas/article.ts';

const files = workFiles(workDir());

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ articles: files.articles, records: files.records, html: files.html, pageDigests: files.pageDigests, site: siteUrl().href }),
  }),
  actors: defineCollection({ loader: file(files.actors), schema: entitySchema }),
  places: defineCollection({ loader: file(files.places), schema: entitySchema }),
};
