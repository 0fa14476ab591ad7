/**
 * Whether the page's markup hides an element (its style or its hidden attribute), or it is
 * something no read takes (scripts, fields, our own UI). Read from the markup, not the computed
 * style, so the walk stays cheap and gives the same answer in Node; text a page hides this way is
 * not the story its reader sees.
 */
import { shouldSkipElement } from '../text/element-kinds';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHiddenByMarkup(el: Element): boolean {
  if (shouldSkipElement(el)) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
