/** Times Backstory against compromise on the same texts. */
import { annotateText } from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { compromiseEntities } from '../eval/compromise-entities';
import type { BenchText } from './corpus-texts';
import { timeMedian } from './timing';

export interface Runs {
  backstory: number;
  compromise: number;
  warmup: number;
}

export interface SpeedResult {
  chars: number;
  /** Median milliseconds per article, one entry per text. */
  backstoryMs: number[];
  compromiseMs: number[];
}

export function timeTexts(texts: readonly BenchText[], reference: ReferenceIndex, runs: Runs): SpeedResult {
  const backstoryMs = texts.map(({ text }) =>
    timeMedian(() => annotateText(text, reference), runs.backstory, runs.warmup),
  );
  const compromiseMs = texts.map(({ text }) =>
    timeMedian(() => compromiseEntities(text), runs.compromise, runs.warmup),
  );
  return { chars: texts.reduce((n, t) => n + t.text.length, 0), backstoryMs, compromiseMs };
}

export function charsPerSecond(chars: number, ms: number): number {
  return ms > 0 ? (chars / ms) * 1000 : Number.POSITIVE_INFINITY;
}
