/**
 * Probes for the first-mention style, shared by the Chromium and Firefox end-to-end tests: they read the page's own
 * CSS.highlights, where the content script registers what it paints.
 */
import type { Evaluates } from '../../scripts/browser/page-probes';

/**
 * The viewport centre of the nth painted mention (0-based) reading exactly `text`, scrolled into view first; the
 * point stays right while the page does not scroll, painted or not, since highlights take no room in the layout.
 */
export async function nthMentionCenter(page: Evaluates, text: string, nth: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (arg) => {
      const { wanted, index } = JSON.parse(arg) as { wanted: string; index: number };
      const found: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        for (const range of highlight as Iterable<Range>) if (range.toString() === wanted) found.push(range);
      }
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = found[index];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    JSON.stringify({ wanted: text, index: nth }),
  );
  if (!point) throw new Error(`no painted mention #${nth} reads "${text}"`);
  return point;
}

/** How many ranges each of our highlights paints, by highlight name. */
export function paintedCounts(page: Evaluates): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('backstory-')) counts[name] = highlight.size;
    return counts;
  });
}
