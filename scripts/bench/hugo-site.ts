/**
 * The comparison site for `npm run bench`: the same archive as a plain Hugo site, made from the
 * ingest's output (the MDX frontmatter and the records' paragraphs), with the same kinds of
 * pages: one per article (its text marked for Pagefind), and index pages per actor, per place
 * and per month (Hugo taxonomies). No styling, no search UI: it measures the generators.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { workFiles } from '../../src/lib/paths.ts';
import { mapInOrder } from '../ingest/map-in-order.ts';

const CONFIG = `baseURL: http://localhost/
disableKinds: [RSS]
taxonomies: { actor: actors, place: places, month: months }
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p>{{ with .Params.published }}{{ . }}{{ end }}{{ range .GetTerms "actors" }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ range .GetTerms "places" }} <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}</article>{{ end }}\n`,
  '_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}\n',
  '_default/terms.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n',
};

interface Frontmatter {
  id: string;
  url: string;
  title: string;
  published: { date: string | null };
  actors: { name: string }[];
  places: { name: string }[];
}

/** Writes the Hugo site for the archive in `workDir` into `siteDir`; returns the article count. */
export async function writeHugoSite(workDir: string, siteDir: string): Promise<number> {
  const files = workFiles(workDir);
  for (const [name, text] of Object.entries({ 'config.yaml': CONFIG, ...Object.fromEntries(Object.entries(LAYOUTS).map(([f, t]) => [`layouts/${f}`, t])) })) {
    await mkdir(path.dirname(path.join(siteDir, name)), { recursive: true });
    await writeFile(path.join(siteDir, name), text);
  }
  const pages = (await readdir(files.articles)).filter((f) => f.endsWith('.mdx')).sort();
  await mkdir(path.join(siteDir, 'content/articles'), { recursive: true });
  await mapInOrder(pages, 16, async (name) => {
    const mdx = await readFile(path.join(files.articles, name), 'utf8');
    const data = parse(mdx.slice(4, mdx.indexOf('\n---\n', 4))) as Frontmatter;
    const record = JSON.parse(await readFile(path.join(files.records, `${data.id}.json`), 'utf8')) as { paragraphs: { text: string }[] };
    const date = data.published.date;
    const front = {
      title: data.title,
      url: data.url,
      published: date,
      actors: data.actors.map((a) => a.name),
      places: data.places.map((p) => p.name),
      months: date && date.length >= 7 ? [date.slice(0, 7)] : ['undated'],
    };
    const body = record.paragraphs.map((p) => p.text).join('\n\n');
    await writeFile(path.join(siteDir, 'content/articles', `${data.id}.md`), `${JSON.stringify(front, null, 1)}\n\n${body}\n`);
  });
  return pages.length;
}
