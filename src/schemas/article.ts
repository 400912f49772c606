/**
 * The one schema of an archived article. The ingest validates every page it writes against it,
 * and the Astro content collection parses the same frontmatter with it, so the two cannot drift.
 */
import { z } from 'zod';

/** A calendar date at the precision the source gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** How far a date can be trusted: read from the source, worked out from a known date, or not known. */
export const certaintySchema = z.enum(['stated', 'inferred', 'unknown']);

export const publishedSchema = z
  .object({
    /** The publication date, or null when the source does not say. */
    date: partialDateSchema.nullable(),
    certainty: certaintySchema,
    /** The words of the source the date was read from, for review. */
    text: z.string().nullable().default(null),
  })
  .refine((p) => (p.date === null) === (p.certainty === 'unknown'), {
    message: 'a date needs certainty "stated" or "inferred"; no date needs certainty "unknown"',
  });

/** A reference from an article to an entity (actor or place) of the archive. */
export const entityRefSchema = z.object({
  /** Stable id of the entity; also the last segment of its page URL. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Canonical name. */
  name: z.string().min(1),
  /** How many times the article names it. */
  mentions: z.number().int().positive().default(1),
});

export const sourceSchema = z.object({
  /** Publisher or outlet, e.g. "Anadolu Agency". */
  name: z.string().min(1),
  /** How the name was found: a credit line, a sidecar, a photo credit… */
  from: z.string().default('text'),
});

export const articleSchema = z.object({
  /** Stable id, part of the page URL. */
  id: z.string().regex(/^[a-z0-9]{6,16}$/),
  /** Site-relative URL of the article page, e.g. `/articles/2020/10/azerbaijan-seizes-k3x9q2/`. */
  url: z.string().startsWith('/articles/').endsWith('/'),
  /** Path of the source file relative to the corpus folder, with forward slashes. */
  sourceFile: z.string().min(1),
  title: z.string().min(1),
  /** Standfirst or subtitle, if the source has one. */
  subtitle: z.string().nullable(),
  /** Label printed before the headline ("WATCH", "ANALYSIS"), if any. */
  kicker: z.string().nullable(),
  /** Section of the outlet's site, from its breadcrumb trail ("World"), if any. */
  section: z.string().nullable(),
  published: publishedSchema,
  /** "Updated" date the source states, if any. */
  updated: partialDateSchema.nullable(),
  source: sourceSchema.nullable(),
  /** People credited as writers of the article (a credit, not an actor of the story). */
  authors: z.array(z.string().min(1)),
  /** Other credits: "Writing by …", "Editing by …", photographers. */
  credits: z.array(z.string().min(1)),
  /** Place named in the dateline ("BAKU, Azerbaijan"), as written. */
  dateline: z.string().nullable(),
  actors: z.array(entityRefSchema),
  places: z.array(entityRefSchema),
  /** Dates the story mentions (event dates), distinct, in order of first mention; not the publication date. */
  datesMentioned: z
    .array(
      z.object({
        date: partialDateSchema,
        /** `stated`: the phrase names its year; `inferred`: read against the publication day. */
        certainty: z.enum(['stated', 'inferred']),
        /** The phrase as written ("Sunday, September 27"). */
        text: z.string().min(1),
      }),
    )
    .default([]),
  /** Photo captions, kept apart from the story text. */
  captions: z.array(z.string()),
  /** Photo credits ("PHOTO: AA", "Reuters Archive"). */
  photoCredits: z.array(z.string()),
  /** Links to other stories ("READ MORE: …"), kept as metadata. */
  related: z.array(z.string()),
  /** Number of words of the clean body. */
  wordCount: z.number().int().nonnegative(),
  /** SHA-256 of the clean title and body, hex: changes exactly when what a reader sees changes. */
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
  /** The article's URL at its outlet, when a sidecar or the source states it. */
  originalUrl: z.string().url().nullable().default(null),
  /** When the archive first published this article (YYYY-MM-DD, from the URL registry). */
  firstArchived: partialDateSchema,
  /** When what a reader sees of it last changed (YYYY-MM-DD, from the URL registry). */
  lastChanged: partialDateSchema,
  /** Earlier URLs of this article; each redirects here. */
  previousUrls: z.array(z.string()).default([]),
  /** Ids of other articles with nearly the same text (near-duplicates): other reports of the same story. Absent when none. */
  sameStory: z.array(z.string().regex(/^[a-z0-9]{6,16}$/)).optional(),
});

export type Article = z.output<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
export type EntityRef = z.output<typeof entityRefSchema>;
export type Published = z.output<typeof publishedSchema>;

/** What the archive knows of an actor or a place across the corpus. */
export const entitySchema = z.object({
  id: entityRefSchema.shape.id,
  name: z.string().min(1),
  kind: z.enum(['actor', 'place']),
  /** person, organisation, state, city, region… */
  type: z.string().min(1),
  /** Every spelling seen in the corpus, and the curated ones. */
  aliases: z.array(z.string()),
  /** Where the entity came from: the curated gazetteer or the name finder. */
  origin: z.enum(['gazetteer', 'discovered']),
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  description: z.string().nullable(),
  /** [latitude, longitude] of a place, from the gazetteer, else GeoNames (world places); absent for actors and unplaced places. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).nullable().optional(),
  /** Id of the place that contains this one (a district's or a city's country); absent when unknown. */
  parent: z.string().nullable().optional(),
});

export type Entity = z.output<typeof entitySchema>;
