/**
 * A byline or a date line: a short block whose words are mostly the page's own marks for who wrote
 * the story and when (`<time>`, `rel="author"`, `itemprop="author"`). They name the writer and the
 * hour, not what the story is about: a byline read as the story makes its writer
 * a person in the news. Only blocks are weighed (a date inside a sentence stays), and only short
 * ones (a paragraph that cites a date is more).
 */
import { isBlockElement } from '../text/element-kinds';
import type { PageStats } from './page-stats';

const BYLINE_MAX_CHARS = 160;
const MARKED_SHARE = 0.5;
/** Dates by their element, writers by link or property. */
const MARKS = 'time,[rel~=author],[itemprop~=author]';

export function isByline(stats: PageStats, i: number): boolean {
  const el = stats.elements[i] as Element;
  const chars = stats.chars[i] as number;
  if (chars > BYLINE_MAX_CHARS || !isBlockElement(el)) return false;
  let marked = 0;
  // A mark inside another mark (an author's name inside an author block) is counted once. Most blocks hold no
  // mark: asked first, they make no list, an object with a wrapper of ours for each of 100,000 table cells.
  if (el.querySelector(MARKS))
    for (const m of el.querySelectorAll(MARKS))
      if (!m.parentElement?.closest(MARKS)) marked += m.textContent?.trim().length ?? 0;
  return el.matches(MARKS) || marked >= chars * MARKED_SHARE;
}
