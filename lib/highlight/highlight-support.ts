/**
 * Whether this window has the CSS Custom Highlight API, through which every
 * highlight is drawn (see page/highlight-look.ts): the page's DOM is never
 * touched, the browser paints the ranges.
 */
type HighlightWindow = Window & typeof globalThis;

export function supportsHighlights(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS && 'highlights' in w.CSS;
}
