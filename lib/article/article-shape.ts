/**
 * Turns the chosen blocks into what a read needs: one root that holds them
 * all (the element watched for changes) and the elements under it that are
 * not the story's, which the read steps over. Between the headline and the
 * story's first block, the standfirst, byline and lead picture stay in.
 */
import type { ShapedStats } from './block-shapes';
import { isByline } from './is-byline';
import { isPanel } from './is-panel';
import type { PageStats } from './page-stats';
import { childrenOf, isWithin, linkDensity } from './stats-queries';

/** The headline is joined to the story only when it is this close above the story's blocks. */
const HEADLINE_LEVELS = 4;
/** Lead material between the headline and the story is kept unless it is mostly links. */
const LEAD_MAX_LINKS = 0.5;

export interface ArticleShape {
  root: number;
  excluded: number[];
  headline: number;
}

function depth(stats: PageStats, i: number): number {
  let d = 0;
  for (let p = stats.parent[i] as number; p >= 0; p = stats.parent[p] as number) d++;
  return d;
}

function commonAncestor(stats: PageStats, a: number, b: number): number {
  let x = a;
  while (!isWithin(stats, b, x)) x = stats.parent[x] as number;
  return x;
}

export function articleShape(stats: ShapedStats, parts: number[], headline: number, trimmed: number[]): ArticleShape {
  let root = parts.reduce((a, b) => commonAncestor(stats, a, b));
  let title = -1;
  if (headline >= 0 && !parts.some((p) => p === headline)) {
    const joined = commonAncestor(stats, root, headline);
    if (depth(stats, root) - depth(stats, joined) <= HEADLINE_LEVELS) [root, title] = [joined, headline];
    if (joined === root) title = headline;
  }
  const kept = title >= 0 && !isWithinAny(stats, title, parts) ? [...parts, title] : parts;
  const excluded = [...trimmed];
  const onPath = new Set<number>();
  for (const k of kept)
    for (let p = stats.parent[k] as number; p >= 0 && !onPath.has(p); p = stats.parent[p] as number) {
      onPath.add(p);
      if (p === root) break;
    }
  const keptSet = new Set(kept);
  // The story starts at its first block after the headline: a header block that joined the story
  // holds the headline, and the lead picture after it is still the lead.
  const firstPart = parts.find((p) => p > title) ?? root;
  for (const p of onPath) {
    if (p !== root && !isWithin(stats, p, root)) continue;
    for (const c of childrenOf(stats, p)) {
      if (keptSet.has(c) || onPath.has(c)) continue;
      const isLead =
        title >= 0 &&
        c > title &&
        c < firstPart &&
        linkDensity(stats, c) <= LEAD_MAX_LINKS &&
        !isByline(stats, c) &&
        !isPanel(stats, c);
      if (!isLead) excluded.push(c);
    }
  }
  return { root, excluded, headline: title };
}

function isWithinAny(stats: PageStats, inner: number, outers: number[]): boolean {
  return outers.some((o) => isWithin(stats, inner, o));
}
