/**
 * The story's container joined by the siblings that look like more of the
 * story: a body split across containers beside each other, a paragraph set
 * apart by a figure. After Readability.js's sibling merging. A sibling that
 * is shaped like a call to action (a sign-up box with a field to fill, a
 * block named as furniture) never joins, however much it reads like prose:
 * newsletter and subscription boxes sit right after the story and end with a
 * full stop too.
 */
import { isCallToAction } from './is-call-to-action';
import type { PageStats } from './page-stats';
import { childrenOf, linkDensity } from './stats-queries';

/** A sibling joins with this share of the best score, or with at least SIBLING_MIN_SCORE. */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A paragraph-like sibling joins when long enough and with few links, or short with none and a full stop. */
const SIBLING_LONG_CHARS = 80;
const SIBLING_MAX_LINKS = 0.25;
const SENTENCE_END = /[.!?。！？]["'”’)]?(?:\s|$)/u;

export function joinSiblings(stats: PageStats, score: (i: number) => number, top: number): number[] {
  const parentIndex = stats.parent[top] as number;
  if (parentIndex < 0) return [top];
  const topElement = stats.elements[top] as Element;
  const threshold = Math.max(SIBLING_MIN_SCORE, score(top) * SIBLING_SHARE);
  const topClass = topElement.getAttribute('class') ?? '';
  const parts: number[] = [];
  for (const i of childrenOf(stats, parentIndex)) {
    const child = stats.elements[i] as Element;
    if (i === top) {
      parts.push(i);
      continue;
    }
    if (stats.chrome[i] || isCallToAction(stats, i)) continue;
    const bonus = topClass !== '' && child.getAttribute('class') === topClass ? score(top) * SIBLING_SHARE : 0;
    if (score(i) > 0 && score(i) + bonus >= threshold) parts.push(i);
    else if (isParagraphLike(stats, i)) parts.push(i);
  }
  return parts;
}

/** A sibling whose text is its own (not in blocks inside it) and reads as prose. */
function isParagraphLike(stats: PageStats, i: number): boolean {
  const chars = stats.chars[i] as number;
  if (chars === 0 || (stats.ownChars[i] as number) < chars * 0.8) return false;
  const links = linkDensity(stats, i);
  if (chars >= SIBLING_LONG_CHARS) return links < SIBLING_MAX_LINKS;
  return links === 0 && SENTENCE_END.test((stats.elements[i] as Element).textContent ?? '');
}
