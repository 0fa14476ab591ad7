/** Prints the real-page scores, and on request what went wrong on each page. */
import { formatTable, percent } from '../format-table';
import { matchEntities } from './match-entities';
import type { RealPageResult } from './real-pages';
import { addScores, type DocumentScore, emptyScore, prf, SCORED_TYPES } from './score-document';

export interface RealPagesSummary {
  pages: number;
  gold: number;
  served: { anyF1: number; typedF1: number };
  clean: { anyF1: number; typedF1: number };
  highlighted: number;
  names: number;
}

const sum = (scores: DocumentScore[]) => scores.reduce(addScores, emptyScore());

export function summariseRealPages(results: readonly RealPageResult[]): RealPagesSummary {
  const served = sum(results.map((r) => r.served));
  const clean = sum(results.map((r) => r.clean));
  return {
    pages: results.length,
    gold: served.any.gold,
    served: { anyF1: prf(served.any).f1, typedF1: prf(served.typed).f1 },
    clean: { anyF1: prf(clean.any).f1, typedF1: prf(clean.typed).f1 },
    highlighted: results.reduce((n, r) => n + r.highlighted.all, 0),
    names: results.reduce((n, r) => n + r.highlighted.names, 0),
  };
}

export function realPagesReport(dir: string, results: readonly RealPageResult[]): string {
  const served = sum(results.map((r) => r.served));
  const clean = sum(results.map((r) => r.clean));
  const row = (label: string, c: DocumentScore['any']) => {
    const { precision, recall, f1 } = prf(c);
    return [label, c.gold, c.predicted, c.tp, percent(precision), percent(recall), percent(f1)];
  };
  const table = (score: DocumentScore) =>
    formatTable(
      ['', 'gold', 'pred', 'match', 'precision', 'recall', 'F1'],
      [...SCORED_TYPES.map((t) => row(t, score.byType[t])), row('any type', score.any), row('typed', score.typed)],
    );
  const s = summariseRealPages(results);
  return [
    `Entity detection on ${results.length} real pages of ${dir}, labelled in tests/fixtures/real-pages/labels.json:`,
    'Glossary terms found in lower case are left out (the labels cover names); neutral forms are ignored as in the corpus.',
    '',
    'As served (source.html, the article root Backstory finds):',
    table(served),
    `  highlighted entities: ${s.highlighted}; untyped (NAME): ${s.names} (${percent(s.highlighted ? s.names / s.highlighted : 0)})`,
    '',
    'Clean text (expected.html, the body Readability extracted):',
    table(clean),
  ].join('\n');
}

/** Per page: gold entities missed or mistyped, and predictions that match nothing. */
export function realPagesErrors(results: readonly RealPageResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const gold = r.gold.entities;
    const any = matchEntities(r.predicted, gold, 'any');
    const typed = new Set(matchEntities(r.predicted, gold, 'typed').map((p) => p.gold));
    const matched = new Set(any.map((p) => p.predicted));
    const neutral = new Set(r.gold.neutral ?? []);
    const lines: string[] = [];
    for (const p of any)
      if (!typed.has(p.gold))
        lines.push(`  mistyped ${gold[p.gold]?.name}: ${gold[p.gold]?.type} as ${r.predicted[p.predicted]?.type}`);
    const found = new Set(any.map((p) => p.gold));
    gold.forEach((g, i) => {
      if (!found.has(i)) lines.push(`  missed   ${g.type} ${g.forms.join(' | ')}`);
    });
    r.predicted.forEach((p, i) => {
      if (!matched.has(i) && !p.forms.every((f) => neutral.has(f)))
        lines.push(`  extra    ${p.type} ${p.forms.join(' | ')}`);
    });
    if (lines.length > 0) out.push(`${r.page}:`, ...lines);
  }
  return out.join('\n');
}
