/** Prints the real-page scores, set by set, and on request what went wrong on each page. */
import { formatTable, percent } from '../format-table';
import { matchEntities } from './match-entities';
import { PAGE_SETS, type PageSet, type RealPageResult } from './real-pages';
import { addScores, type DocumentScore, emptyScore, prf, SCORED_TYPES } from './score-document';

export interface SetSummary {
  pages: number;
  gold: number;
  served: { anyF1: number; typedF1: number };
  clean: { anyF1: number; typedF1: number };
  highlighted: number;
  names: number;
  cleanHighlighted: number;
  cleanNames: number;
}

export type RealPagesSummary = Partial<Record<PageSet, SetSummary>>;

const sum = (scores: DocumentScore[]) => scores.reduce(addScores, emptyScore());

function summariseSet(results: readonly RealPageResult[]): SetSummary {
  const served = sum(results.map((r) => r.served));
  const clean = sum(results.map((r) => r.clean));
  const total = (f: (r: RealPageResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    pages: results.length,
    gold: served.any.gold,
    served: { anyF1: prf(served.any).f1, typedF1: prf(served.typed).f1 },
    clean: { anyF1: prf(clean.any).f1, typedF1: prf(clean.typed).f1 },
    highlighted: total((r) => r.highlighted.all),
    names: total((r) => r.highlighted.names),
    cleanHighlighted: total((r) => r.cleanHighlighted.all),
    cleanNames: total((r) => r.cleanHighlighted.names),
  };
}

const inSet = (results: readonly RealPageResult[], set: PageSet) => results.filter((r) => r.set === set);

export function summariseRealPages(results: readonly RealPageResult[]): RealPagesSummary {
  const out: RealPagesSummary = {};
  for (const set of PAGE_SETS) {
    const some = inSet(results, set);
    if (some.length > 0) out[set] = summariseSet(some);
  }
  return out;
}

const SET_TITLES: Record<PageSet, string> = {
  tuned: 'Tuned on: readability pages whose errors are read while working',
  'held out': "Held out: readability pages listed in labels.json's heldOut, not tuned on",
  fresh: 'Fresh: article-benchmark pages labelled in held-out.json before any tuning, never tuned on',
};

function table(score: DocumentScore): string {
  const row = (label: string, c: DocumentScore['any']) => {
    const { precision, recall, f1 } = prf(c);
    return [label, c.gold, c.predicted, c.tp, percent(precision), percent(recall), percent(f1)];
  };
  return formatTable(
    ['', 'gold', 'pred', 'match', 'precision', 'recall', 'F1'],
    [...SCORED_TYPES.map((t) => row(t, score.byType[t])), row('any type', score.any), row('typed', score.typed)],
  );
}

function setReport(set: PageSet, results: readonly RealPageResult[]): string {
  const s = summariseSet(results);
  const share = (names: number, all: number) => `${names} of ${all} (${percent(all ? names / all : 0)})`;
  return [
    `${SET_TITLES[set]} (${results.length} pages, ${s.gold} entities):`,
    'Clean text (the article body alone):',
    table(sum(results.map((r) => r.clean))),
    'As served (the page, through the article root Backstory finds):',
    table(sum(results.map((r) => r.served))),
    `  untyped (NAME) highlighted: as served ${share(s.names, s.highlighted)}; clean text ${share(s.cleanNames, s.cleanHighlighted)}`,
  ].join('\n');
}

export function realPagesReport(dir: string, results: readonly RealPageResult[]): string {
  const out = [
    `Entity detection on ${results.length} labelled real pages of ${dir} (tests/fixtures/real-pages/):`,
    'Glossary terms found in lower case are left out (the labels cover names); neutral forms are ignored as in the corpus.',
  ];
  for (const set of PAGE_SETS) {
    const some = inSet(results, set);
    if (some.length > 0) out.push('', setReport(set, some));
  }
  const all = summariseSet(results);
  out.push(
    '',
    `All ${results.length} pages: typed F1 clean ${percent(all.clean.typedF1)}, as served ${percent(all.served.typedF1)}`,
  );
  return out.join('\n');
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
