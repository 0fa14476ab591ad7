/**
 * A story split into sections between figures and pull quotes (a post body
 * holding several "content" blocks, each deep in wrappers) is read whole: the
 * chosen block climbs to an ancestor whose prose adds a good share, as long as
 * what the climb adds is not mostly links and the ancestor is not drowned in
 * other text (a stream of other stories adds prose too, but with headline links
 * and everything around it). The page's own article element bounds the climb:
 * it may be reached whatever its header adds (share links, a byline), never passed.
 */
import type { ShapedStats } from './block-shapes';
import type { PageStats } from './page-stats';

/** How far up a story split into sections is looked for, and what its sections must add. */
const MAX_CLIMB = 6;
const MIN_SECTION_GAIN = 1.15;
const MAX_LINK_SHARE = 0.25;
const MIN_DENSITY_KEPT = 0.5;
/** A climb that adds less prose than this for each headline linking elsewhere adds a stream of teasers. */
const PROSE_PER_TEASER = 500;
const TEASERS = 4;

export function widenToSections(stats: ShapedStats, block: number): number {
  const { prose, teasers } = stats;
  let root = block;
  let rootProse = prose[block] as number;
  const density = (i: number) => (prose[i] as number) / Math.max(1, stats.chars[i] as number);
  const minDensity = density(block) * MIN_DENSITY_KEPT;
  let climbed = 0;
  for (
    let below = block, el = stats.parent[block] as number;
    el > 0 && climbed < MAX_CLIMB && !isArticle(stats, below);
    below = el, el = stats.parent[el] as number, climbed++
  ) {
    const gained = prose[el] as number;
    const added = (stats.chars[el] as number) - (stats.chars[root] as number);
    const addedLinks = (stats.links[el] as number) - (stats.links[root] as number);
    const addedTeasers = (teasers[el] as number) - (teasers[root] as number);
    if (
      gained < rootProse * MIN_SECTION_GAIN ||
      (addedLinks > added * MAX_LINK_SHARE && !isArticle(stats, el)) ||
      (addedTeasers >= TEASERS && gained - rootProse < addedTeasers * PROSE_PER_TEASER)
    )
      continue;
    if (density(el) < minDensity) break;
    [root, rootProse, climbed] = [el, gained, 0];
  }
  return root;
}

const isArticle = (stats: PageStats, i: number) => (stats.elements[i] as Element).tagName === 'ARTICLE';
