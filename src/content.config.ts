/**
 * The archive's collections. All three read what the ingest generated and parse it with the
 * same schemas the ingest validated it against (src/schemas/article.ts). Article pages are
 * rendered by the loader, not compiled one module each (see src/loaders/article-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { workDir, workFiles } from './lib/paths.ts';
import { siteUrl } from './lib/site.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { articleSchema, entitySchema } from './schemas/article.ts';

const files = workFiles(workDir());

export const collections = {
  articles: defineCollection({
    loader: articleLoader({ articles: files.articles, records: files.records, html: files.html, pageDigests: files.pageDigests, site: siteUrl().href }),
    schema: articleSchema,
  }),
  actors: defineCollection({ loader: file(files.actors), schema: entitySchema }),
  places: defineCollection({ loader: file(files.places), schema: entitySchema }),
};
