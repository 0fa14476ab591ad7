/** Prints root detection on the real pages of a devset. */
import { type Cell, formatTable, mean, percent } from '../format-table';
import type { PageResult } from './run-pages';

export interface PagesSummary {
  pages: number;
  meanCoverage: number | null;
  /** Over pages with a root; a page without one has no noise to speak of. */
  meanNoise: number | null;
  notArticle: number;
}

export function summarisePages(results: readonly PageResult[]): PagesSummary {
  return {
    pages: results.length,
    meanCoverage: mean(results.map((r) => r.fit.coverage)),
    meanNoise: mean(results.flatMap((r) => (r.fit.noise === null ? [] : [r.fit.noise]))),
    notArticle: results.filter((r) => !r.isArticle).length,
  };
}

export function pagesTable(dir: string, results: readonly PageResult[]): string {
  const rows: Cell[][] = results.map((r) => [
    r.page,
    r.isArticle ? r.reason : `not an article (${r.reason})`,
    r.fit.referenceWords,
    r.fit.rootWords,
    percent(r.fit.coverage),
    percent(r.fit.noise),
    r.entities,
  ]);
  const summary = summarisePages(results);
  rows.push(['mean', '', '', '', percent(summary.meanCoverage), percent(summary.meanNoise), '']);
  return [
    `Root detection on ${results.length} pages in ${dir} (reference: text of expected.html; lower-cased word bags):`,
    formatTable(['page', 'chosen by', 'ref words', 'root words', 'coverage', 'noise', 'entities'], rows),
    '  coverage = share of the expected words inside the detected root; noise = share of root words not expected',
    `  pages judged not to be articles: ${summary.notArticle} (coverage 0, no noise figure)`,
  ].join('\n');
}
