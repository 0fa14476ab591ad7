/**
 * A story split into sections between figures and pull quotes (a post body
 * holding several "content" blocks, each deep in wrappers) is read whole: the
 * chosen block climbs to an ancestor whose prose adds a good share, as long as
 * that ancestor is not mostly links and not drowned in other text (a stream of
 * other stories adds prose too, but with everything around it).
 */
import type { Steps } from '../steps';
import type { PageStats } from './page-stats';
import { linkDensity } from './stats-queries';

/** How far up a story split into sections is looked for, and what its sections must add. */
const MAX_CLIMB = 6;
const MIN_SECTION_GAIN = 1.15;
const MAX_LINK_SHARE = 0.25;
const MIN_DENSITY_KEPT = 0.5;

export function widenToSections(stats: PageStats, prose: Float64Array, block: number): number {
  let root = block;
  let rootProse = prose[block] as number;
  const density = (i: number) => (prose[i] as number) / Math.max(1, stats.chars[i] as number);
  const minDensity = density(block) * MIN_DENSITY_KEPT;
  let climbed = 0;
  for (
    let el = stats.parent[block] as number;
    el > 0 && climbed < MAX_CLIMB;
    el = stats.parent[el] as number, climbed++
  ) {
    const gained = prose[el] as number;
    if (gained < rootProse * MIN_SECTION_GAIN || linkDensity(stats, el) > MAX_LINK_SHARE) continue;
    if (density(el) < minDensity) break;
    [root, rootProse, climbed] = [el, gained, 0];
  }
  return root;
}

/** Characters of voting prose inside each element. */
export function* proseByElement(
  stats: PageStats,
  isVoter: (i: number) => boolean,
  pause: () => boolean,
): Steps<Float64Array> {
  const n = stats.elements.length;
  const prose = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (pause()) yield;
    if (isVoter(i)) prose[i] = (prose[i] as number) + (stats.ownChars[i] as number);
    const p = stats.parent[i] as number;
    if (p >= 0) prose[p] = (prose[p] as number) + (prose[i] as number);
  }
  return prose;
}
