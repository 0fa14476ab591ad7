/** A window with the CSS Custom Highlight API, as far as the highlight look uses it: each highlight keeps its ranges. */
export function highlightWindow<R = unknown>() {
  const highlights = new Map<string, { ranges: R[] }>();
  class Highlight {
    ranges: R[];
    constructor(...ranges: R[]) {
      this.ranges = ranges;
    }
    add(range: R) {
      this.ranges.push(range);
    }
  }
  return { win: { Highlight, CSS: { highlights } } as unknown as Window, highlights };
}
