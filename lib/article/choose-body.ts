/**
 * From the scored candidates to the blocks that carry the story: the best
 * candidate, moved up when several good candidates share an ancestor (a story
 * split into sections) or when its parent scores as well, then joined by the
 * siblings that look like more of the story (a body split across containers
 * beside each other, a paragraph set apart by a figure).
 */

import { type Steps, workCounter } from '../steps';
import type { ShapedStats } from './block-shapes';
import { joinSiblings } from './join-siblings';
import type { PageStats } from './page-stats';
import { isWithin } from './stats-queries';
import { widenToSections } from './widen-to-sections';

/** Candidates within this share of the best one count as its rivals. */
const RIVAL_SHARE = 0.75;
const RIVALS_TO_CLIMB = 3;
const TOP_RIVALS = 5;
/** A parent whose score falls below this share of the best stops the climb. */
const CLIMB_FLOOR = 1 / 3;
/** Scores or elements looked at between two points where a sliced read may pause. */
const PER_STEP = 1200;

export interface BodyChoice {
  /** The best-scored candidate, before any climbing. */
  best: number;
  /** The best candidate after climbing. */
  top: number;
  /** It and the siblings that joined it, in document order. */
  parts: number[];
}

export function* chooseBody(stats: ShapedStats, scores: Map<number, number>): Steps<BodyChoice | null> {
  const pause = workCounter(PER_STEP);
  let best = -1;
  let bestScore = 0;
  for (const [i, score] of scores) {
    if (pause()) yield;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  if (best < 0) return null;
  const score = (i: number) => scores.get(i) ?? 0;
  let top = yield* climbToSharedAncestor(stats, scores, best, bestScore, pause);
  top = climbWhileParentScores(stats, score, top);
  top = widenToSections(stats, top);
  // A wrapper that holds nothing but the story is the story.
  for (let p = stats.parent[top] as number; p > 0 && (stats.elements[p] as Element).childElementCount === 1; ) {
    top = p;
    p = stats.parent[p] as number;
  }
  return { best, top, parts: joinSiblings(stats, score, top) };
}

function* climbToSharedAncestor(
  stats: PageStats,
  scores: Map<number, number>,
  best: number,
  bestScore: number,
  pause: () => boolean,
): Steps<number> {
  // The best rivals in order of score, ties in page order: kept as found, never sorting every score.
  const rivals: [number, number][] = [];
  for (const [i, s] of scores) {
    if (pause()) yield;
    if (i === best || s < bestScore * RIVAL_SHARE) continue;
    const at = rivals.findIndex(([, r]) => r < s);
    rivals.splice(at < 0 ? rivals.length : at, 0, [i, s]);
    rivals.length = Math.min(rivals.length, TOP_RIVALS - 1);
  }
  if (rivals.length < RIVALS_TO_CLIMB) return best;
  for (let a = stats.parent[best] as number; a > 0; a = stats.parent[a] as number) {
    if (rivals.filter(([r]) => r !== a && isWithin(stats, r, a)).length >= RIVALS_TO_CLIMB) return a;
  }
  return best;
}

function climbWhileParentScores(stats: PageStats, score: (i: number) => number, from: number): number {
  let last = score(from);
  const floor = last * CLIMB_FLOOR;
  for (let p = stats.parent[from] as number; p > 0; p = stats.parent[p] as number) {
    const s = score(p);
    if (s === 0) continue;
    if (s < floor) break;
    if (s > last) return p;
    last = s;
  }
  return from;
}
