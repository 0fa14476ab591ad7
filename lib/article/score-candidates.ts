/**
 * Readability-style voting: every block of text votes for the elements that
 * hold it, its parent most and each level above it less, with more for a
 * longer block and for each comma (prose has commas; menus and teasers rarely
 * do). An element's score is then cut by the share of its text in links.
 * Votes stop at an element named as furniture ("comments", "related"): it
 * gets them, but passes none up, so a thousand comments do not lift the page
 * around them above the story. (A wrapper of the whole story with such a name
 * still gets the story's votes.)
 */
import { type Steps, workCounter } from '../steps';
import { classWeight } from './class-weight';
import { hasChromeName } from './is-page-chrome';
import type { PageStats } from './page-stats';
import { linkDensity } from './stats-queries';

/** A block with fewer characters of its own (outside links) is a label or a button and does not vote. */
export const MIN_VOTING_CHARS = 25;
/** Blocks that do not vote: list items and table headers are menus and labels more often than prose. */
const NON_VOTING = /^(?:LI|D[DT]|TH|H1|SUMMARY)$/i;
/** How many levels of ancestors a block votes for. */
const VOTE_LEVELS = 5;
const BLOCKS_PER_STEP = 200;

/** What an element's tag says before any text votes: a div often holds a story, a list item rarely. */
function tagPoints(tag: string): number {
  if (tag === 'DIV') return 5;
  if (/^(?:PRE|TD|BLOCKQUOTE)$/.test(tag)) return 3;
  if (/^(?:ADDRESS|[OU]L|D[LDT]|LI|FORM)$/.test(tag)) return -3;
  return /^(?:TH|H\d)$/.test(tag) ? -5 : 0;
}

/** What one block's text is worth to the elements that hold it. */
export function blockValue(chars: number, commas: number): number {
  return 1 + commas + Math.min(3, Math.floor(chars / 100));
}

/** Scores by element index, for every element some block voted for. */
export function* scoreCandidatesSteps(stats: PageStats): Steps<Map<number, number>> {
  const scores = new Map<number, number>();
  const n = stats.elements.length;
  // Whether each element is named as furniture: 0 not known yet, 1 no, 2 yes.
  const named = new Uint8Array(n);
  const isNamed = (i: number) => {
    if (!named[i]) named[i] = hasChromeName(stats.elements[i] as Element) ? 2 : 1;
    return named[i] === 2;
  };
  const pause = workCounter(BLOCKS_PER_STEP);
  for (let i = 0; i < n; i++) {
    if (pause()) yield;
    if (!isVoter(stats, i)) continue;
    const value = blockValue(stats.ownChars[i] as number, stats.ownCommas[i] as number);
    let at = stats.parent[i] as number;
    for (let level = 0; at >= 0 && level < VOTE_LEVELS; level++, at = stats.parent[at] as number) {
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const known = scores.get(at) ?? initialScore(stats.elements[at] as Element);
      scores.set(at, known + value / share);
      if (isNamed(at)) break;
    }
  }
  for (const [i, score] of scores) {
    if (pause()) yield;
    scores.set(i, score * (1 - linkDensity(stats, i)));
  }
  return scores;
}

/** Whether a block's own text is prose enough to vote: long enough outside links, not chrome, not a list item. */
export function isVoter(stats: PageStats, i: number): boolean {
  const own = (stats.ownChars[i] as number) - (stats.ownLinks[i] as number);
  if (own < MIN_VOTING_CHARS || stats.chrome[i]) return false;
  return !NON_VOTING.test((stats.elements[i] as Element).tagName);
}

function initialScore(el: Element): number {
  return tagPoints(el.tagName.toUpperCase()) + classWeight(el);
}
