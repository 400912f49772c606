/** Page weights → the heaviest page of each type, medians, and the pages over budget. */
import type { PageType } from './page-type.ts';
import type { PageWeight } from './weigh-pages.ts';

export interface Budget {
  /** Bytes transferred (gzip), per page of this type. */
  maxBytes: number;
  /** Whether a page of this type may load an external script. */
  externalScripts: boolean;
}

/** Article pages are what readers open from search and citations: light and script-free. */
export const BUDGETS: Partial<Record<PageType, Budget>> = {
  article: { maxBytes: 50 * 1024, externalScripts: false },
};

export interface TypeSummary {
  type: PageType;
  pages: number;
  median: number;
  heaviest: PageWeight;
}

export function summariseWeights(weights: readonly PageWeight[]): TypeSummary[] {
  const byType = new Map<PageType, PageWeight[]>();
  for (const w of weights) byType.set(w.type, [...(byType.get(w.type) ?? []), w]);
  return [...byType]
    .map(([type, pages]) => {
      const sorted = [...pages].sort((a, b) => a.total - b.total);
      return { type, pages: pages.length, median: sorted[Math.floor((sorted.length - 1) / 2)].total, heaviest: sorted.at(-1)! };
    })
    .sort((a, b) => (a.type < b.type ? -1 : 1));
}

/**
 * What is wrong with a page, or nothing: over its type's budget, a script where none may be, an
 * asset missing. A page over budget only because its story is long is not wrong (the archive
 * keeps every word); `budgetNotices` says so instead.
 */
export function budgetProblems(weight: PageWeight, budgets = BUDGETS): string[] {
  const problems = weight.missing.map((url) => `loads ${url}, which is not in the site`);
  const budget = budgets[weight.type];
  if (!budget) return problems;
  if (weight.total > budget.maxBytes && weight.total - weight.story > budget.maxBytes) {
    problems.push(`weighs ${kilobytes(weight.total)} transferred, over the ${kilobytes(budget.maxBytes)} budget of ${weight.type} pages (${largestParts(weight)})`);
  }
  const external = Object.keys(weight.assets).filter((a) => /\.m?js$/.test(a));
  if (!budget.externalScripts && external.length > 0) problems.push(`loads scripts (${external.join(', ')}); ${weight.type} pages load none`);
  return problems;
}

/** Pages over budget by the length of their text alone. */
export function budgetNotices(weight: PageWeight, budgets = BUDGETS): string[] {
  const budget = budgets[weight.type];
  if (!budget || weight.total <= budget.maxBytes || weight.total - weight.story > budget.maxBytes) return [];
  return [`weighs ${kilobytes(weight.total)}, over ${kilobytes(budget.maxBytes)} by the length of its text alone (${kilobytes(weight.story)} of story); the rest of the page weighs ${kilobytes(weight.total - weight.story)}`];
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function largestParts(weight: PageWeight): string {
  const parts = [['HTML', weight.html] as const, ...Object.entries(weight.assets)].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return parts.map(([name, size]) => `${name} ${kilobytes(size)}`).join(', ');
}
