/** Questions the article reader asks of the page's measures. */
import type { PageStats } from './page-stats';

export function linkDensity(stats: PageStats, i: number): number {
  const chars = stats.chars[i] as number;
  return chars > 0 ? (stats.links[i] as number) / chars : 0;
}

/** Whether an element is the other one or inside it, from the subtree sizes. */
export function isWithin(stats: PageStats, inner: number, outer: number): boolean {
  return inner >= outer && inner <= outer + (stats.size[outer] as number);
}

/** The indexes of an element's children in the stats, from the subtree sizes. */
export function childrenOf(stats: PageStats, i: number): number[] {
  const out: number[] = [];
  const end = i + (stats.size[i] as number);
  for (let c = i + 1; c <= end; c += (stats.size[c] as number) + 1) out.push(c);
  return out;
}
