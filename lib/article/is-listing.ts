/**
 * Whether the chosen blocks are a list of other stories (a home page, a
 * section front, search results) rather than one story: most of their words
 * are links, or they hold several article elements with none standing out.
 */
import type { PageStats } from './page-stats';
import { isWithin } from './stats-queries';

/** A story cites links; a list of teasers is made of them. */
const LISTING_LINK_SHARE = 0.4;
/** Several article elements in the story, none holding this share of the text, are teasers. */
const TEASER_ARTICLES = 4;
const DOMINANT_SHARE = 0.6;

export function isListing(stats: PageStats, parts: number[], trimmed: number[]): boolean {
  let chars = 0;
  let links = 0;
  for (const p of parts) {
    chars += stats.chars[p] as number;
    links += stats.links[p] as number;
  }
  for (const t of trimmed) {
    chars -= stats.chars[t] as number;
    links -= stats.links[t] as number;
  }
  if (chars <= 0 || links / chars > LISTING_LINK_SHARE) return true;
  let articles = 0;
  for (const a of stats.articles) {
    if (!parts.some((p) => isWithin(stats, a, p))) continue;
    if ((stats.chars[a] as number) >= chars * DOMINANT_SHARE) return false;
    articles++;
  }
  return articles >= TEASER_ARTICLES;
}
