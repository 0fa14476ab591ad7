import { describe, expect, it } from 'vitest';
import { pageRates, scorePage, scoreSet, shingles } from '../../../scripts/lib/eval/shingles';

describe('shingles', () => {
  it('counts 4-token shingles of \\w+ tokens, across punctuation and scripts', () => {
    const counts = shingles('The court, in Astana: ruled. Суд решил');
    expect([...counts.keys()]).toEqual([
      'The court in Astana',
      'court in Astana ruled',
      'in Astana ruled Суд',
      'Astana ruled Суд решил',
    ]);
  });

  it('makes a text shorter than a shingle one shingle, and an empty one none', () => {
    expect([...shingles('Two words').keys()]).toEqual(['Two words']);
    expect(shingles('  ,  ').size).toBe(0);
  });
});

describe('scorePage and scoreSet', () => {
  const truth = 'one two three four five six';

  it('normalises a page so that its counts sum to 1', () => {
    const score = scorePage(truth, `${truth} seven`);
    expect(score.tp + score.fp + score.fn).toBeCloseTo(1);
    expect(score.fp).toBeGreaterThan(0);
    expect(score.fn).toBe(0);
  });

  it('gives an exact extraction 1 and a missing one 0 recall', () => {
    expect(pageRates(scorePage(truth, truth))).toEqual({ precision: 1, recall: 1 });
    expect(pageRates(scorePage(truth, ''))).toEqual({ precision: 0, recall: 0 });
  });

  it('averages precision and recall over pages, each page weighing the same', () => {
    const long = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const set = scoreSet([scorePage(long, long), scorePage(truth, '')]);
    expect(set.precision).toBeCloseTo(0.5);
    expect(set.recall).toBeCloseTo(0.5);
    expect(set.f1).toBeCloseTo(0.5);
  });
});
