/** Prints the article-reading scores of the development sets, Backstory beside Readability.js. */
import { type Cell, formatTable, percent } from '../format-table';
import type { DevPageResult, DevSetResult, ExtractorResult } from './run-devset';
import { type SetScore, scoreSet } from './shingles';

export interface DevSetSummary {
  name: string;
  pages: number;
  backstory: SetScore & { notArticle: number; meanMs: number };
  readability: SetScore & { notArticle: number; meanMs: number };
}

/** Pages listed per set, worst first, so that the next thing to fix is in view. */
const WORST_LISTED = 12;

function summary(results: DevPageResult[], pick: (r: DevPageResult) => ExtractorResult) {
  const picked = results.map(pick);
  const meanMs = picked.reduce((s, r) => s + r.ms, 0) / Math.max(1, picked.length);
  return { ...scoreSet(picked.map((r) => r.score)), notArticle: picked.filter((r) => !r.isArticle).length, meanMs };
}

export function summariseDevSet(set: DevSetResult): DevSetSummary {
  return {
    name: set.name,
    pages: set.pages.length,
    backstory: summary(set.pages, (r) => r.backstory),
    readability: summary(set.pages, (r) => r.readability),
  };
}

const f3 = (n: number) => n.toFixed(3);

export function devSetsTable(sets: DevSetResult[], all: boolean): string {
  const out: string[] = [];
  const rows: Cell[][] = [];
  for (const set of sets) {
    const s = summariseDevSet(set);
    for (const [who, x] of [
      ['Backstory', s.backstory],
      ['Readability.js', s.readability],
    ] as const)
      rows.push([
        `${s.name} (${s.pages})`,
        who,
        f3(x.f1),
        f3(x.precision),
        f3(x.recall),
        x.notArticle,
        x.meanMs.toFixed(1),
      ]);
  }
  out.push('Article reading on real pages, scored with 4-token shingles (the extraction benchmark rule):');
  out.push(formatTable(['set (pages)', 'reader', 'F1', 'precision', 'recall', 'not article', 'ms/page'], rows));
  out.push('  ms/page: reading time in Node with happy-dom, parse excluded for Backstory, included for Readability.js');
  for (const set of sets) {
    const sorted = [...set.pages].sort((a, b) => a.backstory.f1 - b.backstory.f1);
    const listed = all ? sorted : sorted.slice(0, WORST_LISTED);
    out.push('');
    out.push(`${set.name}: ${all ? 'every page' : `the ${listed.length} lowest`} (F1, precision, recall):`);
    out.push(
      formatTable(
        ['page', 'chosen by', 'Backstory', 'P', 'R', 'Readability.js'],
        listed.map((r) => [
          r.page,
          r.error ? `error: ${r.error}` : r.backstory.isArticle ? r.reason : `not an article (${r.reason})`,
          f3(r.backstory.f1),
          percent(rate(r.backstory, 'fp')),
          percent(rate(r.backstory, 'fn')),
          r.readability.isArticle ? f3(r.readability.f1) : 'none',
        ]),
      ),
    );
  }
  return out.join('\n');
}

function rate(r: ExtractorResult, miss: 'fp' | 'fn'): number {
  const { tp } = r.score;
  const other = r.score[miss];
  return tp + other > 0 ? tp / (tp + other) : other === 0 ? 1 : 0;
}
