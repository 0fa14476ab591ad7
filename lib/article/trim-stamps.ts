/**
 * Takes the time stamps out of what the read keeps below the root: the
 * "Published … | Updated …" lines between the headline and the story and at
 * the head of its blocks. Walked in steps, skipping what is already left out.
 */
import type { Steps } from '../steps';
import { isTimestamp } from './is-timestamp';
import type { PageStats } from './page-stats';

const ELEMENTS_PER_STEP = 300;

export function* trimStampsSteps(stats: PageStats, root: number, excluded: readonly number[]): Steps<number[]> {
  const skipped = new Set(excluded);
  const out: number[] = [];
  const end = root + (stats.size[root] ?? 0);
  for (let i = root + 1, seen = 0; i <= end; i++) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    if (skipped.has(i) || stats.chrome[i]) {
      i += stats.size[i] ?? 0;
      continue;
    }
    if (!isTimestamp(stats, i)) continue;
    out.push(i);
    i += stats.size[i] ?? 0;
  }
  return out;
}
