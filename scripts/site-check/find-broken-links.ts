/**
 * Broken internal links and anchors of a built site, and `javascript:` URLs (an archive page
 * must never carry one). Each page is read and parsed once: its links are checked against the
 * site's file list at once, and its anchors kept; links to an anchor on another page wait until
 * every page's anchors are known. Only anchors and those waiting links stay in memory, so a
 * 10,000-page site is checked in seconds without holding every page's links.
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

/** A problem with the URL it is about, so that a URL repeated on a page is reported once. */
interface LinkProblem extends SiteProblem {
  url: string;
}

/** A link to an anchor on another page, checked once all anchors are known. */
export interface AnchorLink {
  file: string;
  reference: PageReference;
  target: string;
  fragment: string;
}

export interface PageLinkCheck {
  problems: LinkProblem[];
  anchorLinks: AnchorLink[];
  linksChecked: number;
  linksSkipped: number;
}

/** Shortens a URL quoted in a message (data: and inline scripts can be long). */
function quoteUrl(url: string, max = 100): string {
  return JSON.stringify(url.length > max ? `${url.slice(0, max - 1)}…` : url);
}

function brokenAnchor(file: string, reference: PageReference, target: string, fragment: string): LinkProblem {
  return {
    file,
    line: reference.line,
    url: reference.url,
    ruleId: 'broken-anchor',
    message: `${reference.source} ${quoteUrl(reference.url)} names an anchor, but ${target} has no element with id="${fragment}". Link to an id the page has, or give the target element this id.`,
  };
}

/**
 * Checks the links of one page (`file`, site-relative) against the site's files. Anchors on the
 * page itself are checked here; anchors on other pages are returned as `anchorLinks`.
 */
export function checkPageLinks(file: string, page: ParsedPage, files: ReadonlySet<string>, siteOrigin: string | null): PageLinkCheck {
  const result: PageLinkCheck = { problems: [], anchorLinks: [], linksChecked: 0, linksSkipped: 0 };
  const pageUrl = pageUrlOf(file);
  for (const reference of page.references) {
    const resolved = resolveReference(reference.url, pageUrl, siteOrigin, page.baseHref);
    if (resolved.kind === 'skipped') {
      result.linksSkipped++;
      continue;
    }
    result.linksChecked++;
    const at = { file, line: reference.line, url: reference.url };
    const quoted = quoteUrl(reference.url);
    if (resolved.kind === 'javascript') {
      result.problems.push({
        ...at,
        ruleId: 'javascript-url',
        message: `${reference.source} holds the javascript: URL ${quoted}; an archive page must not run code from a URL. Link to a page or file instead, or use a <button> for an action.`,
      });
      continue;
    }
    if (resolved.kind === 'invalid') {
      result.problems.push({
        ...at,
        ruleId: 'invalid-url',
        message: `${reference.source} ${quoted} is not a valid URL: ${resolved.reason}. Percent-encode the URL correctly (encodeURI).`,
      });
      continue;
    }
    const candidates = candidateFiles(resolved.path);
    const target = candidates.find((candidate) => files.has(candidate));
    if (target === undefined) {
      const [first, ...others] = candidates;
      const expected = others.length === 0 ? first : `${first} (or ${others.join(', ')})`;
      result.problems.push({
        ...at,
        ruleId: 'broken-link',
        message: `${reference.source} ${quoted} points to no file: expected ${expected} in the site folder. Fix the URL, or build the page it names.`,
      });
      continue;
    }
    // A fragment only names an element on an HTML page; on a data file or image it is not checked.
    if (resolved.fragment === null || !isPage(target)) continue;
    if (target !== file) result.anchorLinks.push({ file, reference, target, fragment: resolved.fragment });
    else if (!hasFragmentTarget(page.anchors, resolved.fragment)) result.problems.push(brokenAnchor(file, reference, target, resolved.fragment));
  }
  return result;
}

/** The anchor links whose target page has no such anchor. */
export function checkAnchorLinks(anchorLinks: readonly AnchorLink[], anchorsOf: (file: string) => ReadonlySet<string> | undefined): LinkProblem[] {
  return anchorLinks
    .filter(({ target, fragment }) => {
      const anchors = anchorsOf(target);
      return anchors !== undefined && !hasFragmentTarget(anchors, fragment);
    })
    .map(({ file, reference, target, fragment }) => brokenAnchor(file, reference, target, fragment));
}

/** One problem per page, rule and URL, at its first line, noting how often the URL recurs there. */
export function reportOncePerPage(problems: readonly LinkProblem[]): SiteProblem[] {
  const counted = new Map<string, { problem: LinkProblem; count: number }>();
  for (const problem of problems) {
    const key = [problem.file, problem.ruleId, problem.url].join('\u0000');
    const seen = counted.get(key);
    if (!seen) counted.set(key, { problem, count: 1 });
    else {
      seen.count++;
      if (problem.line < seen.problem.line) seen.problem = problem;
    }
  }
  return [...counted.values()].map(({ problem: { url: _, ...problem }, count }) =>
    count === 1 ? problem : { ...problem, message: `${problem.message} (${count} times on this page; the first is shown.)` },
  );
}

/** Checks pages already parsed (keyed by site-relative file) against the site's files. */
export function findBrokenLinks(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>, siteOrigin: string | null): LinkCheckResult {
  const checks = [...pages].map(([file, page]) => checkPageLinks(file, page, files, siteOrigin));
  const anchorProblems = checkAnchorLinks(
    checks.flatMap((check) => check.anchorLinks),
    (file) => pages.get(file)?.anchors,
  );
  return {
    problems: reportOncePerPage([...checks.flatMap((check) => check.problems), ...anchorProblems]),
    linksChecked: checks.reduce((sum, check) => sum + check.linksChecked, 0),
    linksSkipped: checks.reduce((sum, check) => sum + check.linksSkipped, 0),
  };
}

/** Reads, parses and checks every page of the site in `siteDir` once; `files` are all its files. */
export async function checkSiteLinks(siteDir: string, files: readonly string[], siteOrigin: string | null): Promise<LinkCheckResult> {
  const fileSet = new Set(files);
  const anchors = new Map<string, ReadonlySet<string>>();
  const problems: LinkProblem[] = [];
  const anchorLinks: AnchorLink[] = [];
  let linksChecked = 0;
  let linksSkipped = 0;
  for (const file of files.filter(isPage)) {
    const page = parsePage(await readFile(path.join(siteDir, file), 'utf8'));
    anchors.set(file, page.anchors);
    const check = checkPageLinks(file, page, fileSet, siteOrigin);
    problems.push(...check.problems);
    anchorLinks.push(...check.anchorLinks);
    linksChecked += check.linksChecked;
    linksSkipped += check.linksSkipped;
  }
  problems.push(...checkAnchorLinks(anchorLinks, (file) => anchors.get(file)));
  return { problems: reportOncePerPage(problems), linksChecked, linksSkipped };
}
