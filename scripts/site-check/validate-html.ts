/**
 * HTML validity of built pages, by html-validate's Node API with its `recommended` preset and a
 * few adjustments for markup that a generator (Astro) writes rather than a person.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { collapseRepeats, type SiteProblem } from './site-report.ts';

/**
 * Every message fails the check, whatever its severity (the preset only warns about deprecated
 * rules named in this very config). Rules not listed keep the preset's setting, among them
 * `element-permitted-content` and `attribute-misuse`, which catch Pagefind's
 * `<meta data-pagefind-filter="x[content]" content>` in the body: invalid HTML (see the tests).
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // `<br>` or `<br/>` is the serializer's choice (Astro, MDX), not the template's; both are valid HTML.
    'void-style': 'off',
    // Whitespace comes from how the compiler joins template lines; it never changes what is rendered.
    'no-trailing-whitespace': 'off',
    // Titles are source headlines, kept verbatim; shortening them for search snippets would misquote.
    'long-title': 'off',
  },
};

/**
 * `count` pages spread evenly over the sorted list (every k-th, k = pages / count), the same
 * ones on every run; all pages when `count` is null or not smaller than the list.
 */
export function samplePages(pages: readonly string[], count: number | null): string[] {
  if (count === null || count >= pages.length) return [...pages];
  const step = pages.length / count;
  return Array.from({ length: count }, (_, i) => pages[Math.floor(i * step)]!);
}

/** A validator reading only this configuration (not any .htmlvalidate.json found beside the site). */
export function createValidator(config: ConfigData = HTML_VALIDATE_CONFIG): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** The problems html-validate finds in one page's markup, equal ones on a line collapsed. */
export async function validatePage(validator: HtmlValidate, file: string, html: string): Promise<SiteProblem[]> {
  const report = await validator.validateString(html, file);
  const problems = report.results.flatMap((result) =>
    result.messages.map((message) => ({
      file,
      line: message.line,
      message: message.message,
      ruleId: message.ruleId,
      ...(message.ruleUrl ? { ruleUrl: message.ruleUrl } : {}),
    })),
  );
  return collapseRepeats(problems);
}

/** Validates `pages` (site-relative files) of the site in `siteDir`. */
export async function validateHtml(siteDir: string, pages: readonly string[]): Promise<SiteProblem[]> {
  const validator = createValidator();
  const problems: SiteProblem[] = [];
  for (const file of pages) {
    problems.push(...(await validatePage(validator, file, await readFile(path.join(siteDir, file), 'utf8'))));
  }
  return problems;
}
