/**
 * The story's headline: the top-level heading whose words best match the
 * title the page gives itself (og:title or the document title), else the
 * first top-level heading inside the story, else the last one before it.
 */
import type { PageStats } from './page-stats';
import { isWithin } from './stats-queries';

/** Share of a heading's words that must be in the page's title for it to count as the headline. */
const MIN_TITLE_MATCH = 0.6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function titleWords(doc: Document): Set<string> {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return new Set([...words(og), ...words(doc.title ?? '')]);
}

/** Index of the headline element in the stats, or -1. */
export function findHeadline(doc: Document, stats: PageStats, parts: readonly number[]): number {
  const storyStart = parts[0] ?? 0;
  const inStory = (i: number) => parts.some((p) => i !== p && isWithin(stats, i, p));
  const title = titleWords(doc);
  let best = -1;
  let bestMatch = MIN_TITLE_MATCH;
  let lastBefore = -1;
  let firstInside = -1;
  for (const h of doc.querySelectorAll('h1,[itemprop=headline]')) {
    const i = stats.elements.indexOf(h);
    if (i < 0 || stats.chrome[i]) continue;
    const list = words(h.textContent ?? '');
    if (list.length === 0) continue;
    const match = list.filter((w) => title.has(w)).length / list.length;
    if (match > bestMatch || (match === bestMatch && best < 0)) [best, bestMatch] = [i, match];
    if (h.tagName !== 'H1') continue;
    if (i < storyStart) lastBefore = i;
    else if (firstInside < 0 && inStory(i)) firstInside = i;
  }
  return best >= 0 ? best : firstInside >= 0 ? firstInside : lastBefore;
}
