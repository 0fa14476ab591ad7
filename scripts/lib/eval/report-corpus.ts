/** Prints the corpus results: per-type tables, the HTML-only comparison and root fit. */
import { type Cell, formatTable, mean, percent } from '../format-table';
import type { ArticleResult } from './run-corpus';
import { addScores, type DocumentScore, emptyScore, prf, SCORED_TYPES } from './score-document';

type System = 'backstory' | 'compromise' | 'compromiseBody';

export function total(results: readonly ArticleResult[], system: System): DocumentScore {
  return results.reduce((sum, r) => {
    const score = r[system];
    return score ? addScores(sum, score) : sum;
  }, emptyScore());
}

function scoreRows(score: DocumentScore): Cell[][] {
  const row = (label: string, c: { tp: number; predicted: number; gold: number }, found?: number): Cell[] => {
    const { precision, recall, f1 } = prf(c);
    const foundCell = found === undefined ? '' : percent(c.gold > 0 ? found / c.gold : 0);
    return [label, c.gold, c.predicted, c.tp, percent(precision), percent(recall), percent(f1), foundCell];
  };
  return [
    ...SCORED_TYPES.map((t) => row(t, score.byType[t], score.foundAnyType[t])),
    row('any type', score.any),
    row('typed', score.typed),
  ];
}

export function systemTable(title: string, score: DocumentScore): string {
  const header = ['', 'gold', 'pred', 'match', 'precision', 'recall', 'F1', 'recall, any type'];
  return [
    title,
    formatTable(header, scoreRows(score)),
    `  NAME (type unknown): ${score.names.predicted} predicted, ${score.names.matched} of them match a gold entity ` +
      '(they count in "any type"; in "typed" they never match)',
    `  neutral predictions ignored (forms listed in a gold file's "neutral"): ${score.neutral}`,
  ].join('\n');
}

function prfCells(c: { tp: number; predicted: number; gold: number }): Cell[] {
  const { precision, recall, f1 } = prf(c);
  return [percent(precision), percent(recall), percent(f1)];
}

export function htmlComparison(results: readonly ArticleResult[]): string {
  const pages = results.filter((r) => r.kind === 'html');
  const rows = (
    [
      ['Backstory, detected root', 'backstory'],
      ['compromise, detected root (article.text)', 'compromise'],
      ['compromise, full page body text', 'compromiseBody'],
    ] as const
  ).map(([label, system]) => {
    const score = total(pages, system);
    return [label, ...prfCells(score.any), ...prfCells(score.typed)];
  });
  return [
    `HTML pages only (${pages.length}):`,
    formatTable(['', 'any P', 'any R', 'any F1', 'typed P', 'typed R', 'typed F1'], rows),
  ].join('\n');
}

export function rootTable(results: readonly ArticleResult[]): string {
  const roots = results.flatMap((r) => (r.root ? [{ id: r.id, ...r.root }] : []));
  const rows: Cell[][] = roots.map(({ id, reason, isArticle, fit }) => [
    id,
    isArticle ? reason : `not an article (${reason})`,
    fit.referenceWords,
    fit.rootWords,
    percent(fit.coverage),
    percent(fit.noise),
  ]);
  const coverage = mean(roots.map((r) => r.fit.coverage));
  const noise = mean(roots.flatMap((r) => (r.fit.noise === null ? [] : [r.fit.noise])));
  rows.push(['mean', '', '', '', percent(coverage), percent(noise)]);
  return [
    'Root detection on the corpus HTML pages (reference: text of <article> or .story-body; lower-cased word bags):',
    formatTable(['page', 'chosen by', 'ref words', 'root words', 'coverage', 'noise'], rows),
    '  coverage = share of the article words inside the detected root; noise = share of root words not in the article',
  ].join('\n');
}
