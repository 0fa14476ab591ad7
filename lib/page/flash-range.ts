/** Briefly marks a range the reader jumped to, so the eye finds it. */
import { FLASH_HIGHLIGHT } from '../highlight/highlight-names';
import { supportsHighlights } from '../highlight/highlight-support';
import type { Timers } from '../highlight/hover-intent';

export const FLASH_MS = 1500;

export function flashRange(win: Window, range: Range, timers: Timers): void {
  if (!supportsHighlights(win)) return;
  const w = win as Window & typeof globalThis;
  const highlight = new w.Highlight(range);
  w.CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  timers.setTimeout(() => {
    if (w.CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) w.CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}
