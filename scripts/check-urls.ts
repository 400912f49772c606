/**
 * `npm run check-urls [-- --registry FILE] [--out DIR]`: fails when a URL the archive ever
 * published (in the URL registry: current and earlier article URLs, withdrawn articles, actor
 * and place pages) no longer resolves to a page, a redirect or a notice in the built site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { entityUrl } from '../src/lib/urls.ts';
import { readCliOptions } from './cli-options.ts';
import { loadRegistry, type Registry } from './ingest/url-registry.ts';

/** Every URL the registry promises, with what it was. */
export function promisedUrls(registry: Registry): { url: string; what: string }[] {
  return [
    ...registry.articles.flatMap((a) => [a.url, ...a.previousUrls].map((url) => ({ url, what: `article ${a.id} (${JSON.stringify(a.title)})` }))),
    ...registry.entities.map((e) => ({ url: entityUrl(e.kind, e.id), what: `${e.kind} ${e.id}` })),
  ];
}

export function unresolvedUrls(registry: Registry, siteDir: string): { url: string; what: string }[] {
  return promisedUrls(registry).filter(({ url }) => !existsSync(path.join(siteDir, url, 'index.html')));
}

if (import.meta.main) {
  const options = readCliOptions(process.argv.slice(2));
  const registry = await loadRegistry(options.registryFile);
  const missing = unresolvedUrls(registry, options.outDir);
  const total = promisedUrls(registry).length;
  for (const m of missing) console.error(`✖ ${m.url}  ${m.what}: no page, redirect or notice in ${options.outDir}`);
  console.log(`check-urls: ${total - missing.length} of ${total} registered URLs resolve (${options.registryFile})`);
  if (missing.length) {
    console.error('A published URL must keep working: rebuild with the same registry, and never edit or delete registry entries by hand.');
    process.exitCode = 1;
  }
}
