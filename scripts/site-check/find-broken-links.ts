/**
 * Broken internal links and anchors of a built site, and `javascript:` URLs (an archive page
 * must never carry one). Every page is parsed once, up front: the same parse gives a page's
 * links and the anchors other pages link to, so a 10,000-page site is checked in seconds.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePage, type PageReference, type ParsedPage } from './parse-page.ts';
import { hasFragmentTarget, resolveReference } from './resolve-reference.ts';
import { candidateFiles, isPage, pageUrlOf } from './site-files.ts';
import type { SiteProblem } from './site-report.ts';

export interface LinkCheckResult {
  problems: SiteProblem[];
  linksChecked: number;
  linksSkipped: number;
}

/** Shortens a URL quoted in a message (data: and inline scripts can be long). */
function quoteUrl(url: string, max = 100): string {
  return JSON.stringify(url.length > max ? `${url.slice(0, max - 1)}…` : url);
}

/** The problem with one reference on `file`, or null when it is fine or not ours to check. */
function checkReference(
  reference: PageReference,
  file: string,
  page: ParsedPage,
  pages: ReadonlyMap<string, ParsedPage>,
  files: ReadonlySet<string>,
  siteOrigin: string | null,
): { ruleId: string; message: string } | 'skipped' | null {
  const quoted = quoteUrl(reference.url);
  const resolved = resolveReference(reference.url, pageUrlOf(file), siteOrigin, page.baseHref);
  switch (resolved.kind) {
    case 'skipped':
      return 'skipped';
    case 'javascript':
      return {
        ruleId: 'javascript-url',
        message: `${reference.source} holds the javascript: URL ${quoted}; an archive page must not run code from a URL. Link to a page or file instead, or use a <button> for an action.`,
      };
    case 'invalid':
      return {
        ruleId: 'invalid-url',
        message: `${reference.source} ${quoted} is not a valid URL: ${resolved.reason}. Percent-encode the URL correctly (encodeURI).`,
      };
    case 'internal': {
      const candidates = candidateFiles(resolved.path);
      const target = candidates.find((candidate) => files.has(candidate));
      if (target === undefined) {
        return {
          ruleId: 'broken-link',
          message: `${reference.source} ${quoted} points to no file: expected ${candidates.join(' or ')} in the site folder. Fix the URL, or build the page it names.`,
        };
      }
      if (resolved.fragment === null || !isPage(target)) return null;
      const anchors = target === file ? page.anchors : pages.get(target)?.anchors;
      if (anchors === undefined || hasFragmentTarget(anchors, resolved.fragment)) return null;
      return {
        ruleId: 'broken-anchor',
        message: `${reference.source} ${quoted} names the anchor "#${resolved.fragment}", but ${target} has no element with that id. Link to an id the page has, or give the target element this id.`,
      };
    }
  }
}

/**
 * Checks every reference of every parsed page against the site's files (`files`, relative paths)
 * and the anchors of its pages (`pages`, keyed by file). One problem per URL and page, at its
 * first line, noting how often the URL recurs there.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>, siteOrigin: string | null): LinkCheckResult {
  const problems: SiteProblem[] = [];
  let linksChecked = 0;
  let linksSkipped = 0;
  for (const [file, page] of pages) {
    const onThisPage = new Map<string, { problem: SiteProblem; count: number }>();
    for (const reference of page.references) {
      const outcome = checkReference(reference, file, page, pages, files, siteOrigin);
      if (outcome === 'skipped') {
        linksSkipped++;
        continue;
      }
      linksChecked++;
      if (outcome === null) continue;
      const key = `${outcome.ruleId}\u0000${reference.url}`;
      const seen = onThisPage.get(key);
      if (seen) seen.count++;
      else onThisPage.set(key, { problem: { file, line: reference.line, ...outcome }, count: 1 });
    }
    for (const { problem, count } of onThisPage.values()) {
      problems.push(count === 1 ? problem : { ...problem, message: `${problem.message} (${count} times on this page; the first is shown.)` });
    }
  }
  return { problems, linksChecked, linksSkipped };
}

/** Reads and parses every page of the site once; keyed by site-relative file. */
export async function parseSitePages(siteDir: string, files: readonly string[]): Promise<Map<string, ParsedPage>> {
  const pages = new Map<string, ParsedPage>();
  for (const file of files.filter(isPage)) {
    pages.set(file, parsePage(await readFile(path.join(siteDir, file), 'utf8')));
  }
  return pages;
}
