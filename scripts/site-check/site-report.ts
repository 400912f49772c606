/**
 * What a site check finds, and how it is printed: one line per problem that an editor or CI log
 * can jump to (`path:LINE  message  [rule]`), sorted by file and line, then one summary line.
 */

/** One problem in the built site, at a place a person can open. */
export interface SiteProblem {
  /** The page, relative to the site folder with `/` separators, e.g. `articles/x/index.html`. */
  file: string;
  /** 1-based line of the page. */
  line: number;
  /** What was expected and what was found, quoting the value, and how to fix it. */
  message: string;
  /** `broken-link`, `broken-anchor`, `javascript-url`, `invalid-url`, or an html-validate rule id. */
  ruleId: string;
  /** Where the rule is explained, for html-validate's rules. */
  ruleUrl?: string;
}

export interface SiteCheckReport {
  problems: SiteProblem[];
  /** HTML pages in the site; links are checked on all of them. */
  pages: number;
  /** Pages run through html-validate (fewer than `pages` with `--sample`). */
  pagesValidated: number;
  /** Internal URLs resolved against the site folder. */
  linksChecked: number;
  /** URLs to other origins and other schemes (mailto:, tel:, data:), not checked. */
  linksSkipped: number;
}

/** The link checker's own rules; any other rule id comes from html-validate. */
export const LINK_RULES: ReadonlySet<string> = new Set(['broken-link', 'broken-anchor', 'javascript-url', 'invalid-url']);

export function compareProblems(a: SiteProblem, b: SiteProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * One problem per page, line, rule and message, the repeats counted in the message: a generated
 * page repeats the same markup (twenty `<meta>` tags on one line), and twenty equal lines would
 * bury the other problems.
 */
export function collapseRepeats(problems: readonly SiteProblem[]): SiteProblem[] {
  const counted = new Map<string, { problem: SiteProblem; count: number }>();
  for (const problem of problems) {
    const key = [problem.file, problem.line, problem.ruleId, problem.message].join('\u0000');
    const seen = counted.get(key);
    if (seen) seen.count++;
    else counted.set(key, { problem, count: 1 });
  }
  return [...counted.values()].map(({ problem, count }) => (count === 1 ? problem : { ...problem, message: `${problem.message} (${count} times on this line)` }));
}

/** `displayPath` turns the site-relative file into what the reader can open (e.g. `dist/…`). */
export function formatProblem(problem: SiteProblem, displayPath: (file: string) => string = (file) => file): string {
  return `${displayPath(problem.file)}:${problem.line}  ${problem.message}  [${problem.ruleId}]`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatSummary(report: SiteCheckReport): string {
  const validated = report.pagesValidated === report.pages ? 'all validated' : `${report.pagesValidated} validated (--sample)`;
  const links = report.problems.filter((p) => LINK_RULES.has(p.ruleId)).length;
  const html = report.problems.length - links;
  const problems = report.problems.length === 0 ? '0 problems' : `${plural(report.problems.length, 'problem')} (${links} link, ${html} HTML)`;
  return `${plural(report.pages, 'page')} checked (${validated}), ${plural(report.linksChecked, 'internal link')} checked (${report.linksSkipped} external skipped), ${problems}`;
}

/** Where to read about each rule that fired and has documentation, once per rule, by rule id. */
export function ruleDocLines(problems: readonly SiteProblem[]): string[] {
  const urls = new Map<string, string>();
  for (const problem of problems) if (problem.ruleUrl) urls.set(problem.ruleId, problem.ruleUrl);
  return [...urls].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, url]) => `  [${id}] ${url}`);
}
