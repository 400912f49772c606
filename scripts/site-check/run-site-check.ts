/**
 * The whole check of a built site: links and anchors on every page, HTML validity on every page
 * or on a deterministic sample of them.
 */
import { checkSiteLinks } from './find-broken-links.ts';
import { isPage, listSiteFiles } from './site-files.ts';
import { compareProblems, type SiteCheckReport } from './site-report.ts';
import { samplePages, validateHtml } from './validate-html.ts';

export interface SiteCheckOptions {
  /** The origin the site is published at (`https://example.org`): absolute URLs to it are internal. */
  siteOrigin: string | null;
  /** Validate the HTML of only this many pages; null validates all. */
  sample: number | null;
}

export async function runSiteCheck(siteDir: string, options: SiteCheckOptions): Promise<SiteCheckReport> {
  const files = await listSiteFiles(siteDir);
  const pages = files.filter(isPage);
  const links = await checkSiteLinks(siteDir, files, options.siteOrigin);
  const validated = samplePages(pages, options.sample);
  const htmlProblems = await validateHtml(siteDir, validated);
  return {
    problems: [...links.problems, ...htmlProblems].sort(compareProblems),
    pages: pages.length,
    pagesValidated: validated.length,
    linksChecked: links.linksChecked,
    linksSkipped: links.linksSkipped,
  };
}
