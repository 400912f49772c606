/**
 * The archive's collections. All three read what the ingest generated and parse it with the
 * same schemas the ingest validated it against (src/schemas/article.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { workDir, workFiles } from './lib/paths.ts';
import { articleSchema, entitySchema } from './schemas/article.ts';

const files = workFiles(workDir());

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: files.articles }),
    schema: articleSchema,
  }),
  actors: defineCollection({ loader: file(files.actors), schema: entitySchema }),
  places: defineCollection({ loader: file(files.places), schema: entitySchema }),
};
