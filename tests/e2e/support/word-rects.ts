import type { Page } from 'playwright-core';

export type Rect = { x: number; y: number; width: number; height: number };

/** The viewport boxes of the first highlighted mention with this exact text, one per line it takes. */
export function wordRects(page: Page, text: string): Promise<Rect[]> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      }
    }
    return [];
  }, text);
}

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far a box reaches outside a viewport of this size, in pixels on its worst side; 0 when inside. */
export const outside = (box: Rect, view: { width: number; height: number }) =>
  Math.max(0, -box.x, -box.y, box.x + box.width - view.width, box.y + box.height - view.height);
