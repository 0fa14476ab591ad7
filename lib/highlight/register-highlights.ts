/**
 * Registers mention ranges with the CSS Custom Highlight API, one Highlight per
 * type. The page's DOM is never touched: the browser paints the ranges.
 */
import { HIGHLIGHT_TYPES } from '../model';
import { HIGHLIGHT_NAMES } from './highlight-names';
import type { MentionRange } from './mention-range';

type HighlightWindow = Window & typeof globalThis;

export function supportsHighlights(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS && 'highlights' in w.CSS;
}

export function registerHighlights(win: Window, ranges: MentionRange[]): void {
  if (!supportsHighlights(win)) return;
  const w = win as HighlightWindow;
  for (const type of HIGHLIGHT_TYPES) {
    const own = ranges.filter((r) => r.entity.type === type).map((r) => r.range);
    const name = HIGHLIGHT_NAMES[type];
    if (own.length === 0) w.CSS.highlights.delete(name);
    else w.CSS.highlights.set(name, new w.Highlight(...own));
  }
}

export function clearHighlights(win: Window): void {
  if (!supportsHighlights(win)) return;
  for (const type of HIGHLIGHT_TYPES) (win as HighlightWindow).CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
}
