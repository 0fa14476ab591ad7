/**
 * The page's measures with what each element holds, summed over its subtree in
 * one backward pass:
 * - prose: characters of the blocks that vote (sentences, not labels);
 * - pieces: blocks with words of their own. Controls (a video player's
 *   settings, a menu of fonts) come in scraps, one or two words to a block. A
 *   table's cells are short too but are the story's: a table makes the count
 *   of every block holding it negative;
 * - headings, and teasers: the headings that link elsewhere, each the
 *   headline of another story.
 */
import { type Steps, workCounter } from '../steps';
import type { PageStats } from './page-stats';
import { isVoter } from './score-candidates';

export interface ShapedStats extends PageStats {
  prose: Float64Array;
  pieces: Float64Array;
  headings: Float64Array;
  teasers: Float64Array;
}

/** Elements summed between two points where a sliced read may pause. */
const PER_STEP = 600;

const add = (a: Float64Array, i: number, by: number) => {
  a[i] = (a[i] as number) + by;
};

export function* blockShapes(stats: PageStats): Steps<ShapedStats> {
  const pause = workCounter(PER_STEP);
  const n = stats.elements.length;
  const all = [0, 0, 0, 0].map(() => new Float64Array(n));
  const [prose, pieces, headings, teasers] = all as [Float64Array, Float64Array, Float64Array, Float64Array];
  for (let i = n - 1; i >= 0; i--) {
    if (pause()) yield;
    const tag = (stats.elements[i] as Element).tagName.toUpperCase();
    const own = stats.ownChars[i] as number;
    const heading = +/^H[2-6]$/.test(tag);
    if (isVoter(stats, i)) add(prose, i, own);
    if (own) add(pieces, i, 1);
    if (tag === 'TABLE') pieces[i] = -Infinity;
    add(headings, i, heading);
    if (stats.links[i]) add(teasers, i, heading);
    const p = stats.parent[i] as number;
    if (p >= 0) for (const a of all) add(a, p, a[i] as number);
  }
  return { ...stats, prose, pieces, headings, teasers };
}
