/**
 * The article-extraction benchmark's scoring rule: texts become 4-token
 * shingles, each page's true and false positives and false negatives are
 * normalised by their sum (so a long page weighs no more than a short one),
 * and precision and recall are means over pages.
 */

const SHINGLE = 4;
// Python's Unicode \w: letters, marks, digits and the underscore.
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  // A text shorter than one shingle is one shingle of what it has, as the benchmark does.
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** One page's counts, normalised so that they sum to 1 (all zero when both texts are empty). */
export function scorePage(expected: string, predicted: string): PageScore {
  const truth = shingles(expected);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = guess.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of guess) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
}

/** A page's precision and recall, by the benchmark's rule for its empty cases. */
export function pageRates({ tp, fp, fn }: PageScore): { precision: number; recall: number } {
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

/** Precision and recall averaged over pages, and F1 of the two means. */
export function scoreSet(pages: readonly PageScore[]): SetScore {
  if (pages.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const rates = pages.map(pageRates);
  const precision = rates.reduce((s, r) => s + r.precision, 0) / pages.length;
  const recall = rates.reduce((s, r) => s + r.recall, 0) / pages.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
