/**
 * How highlights look on the page, from the reader's settings: which types
 * show, underline or tint, and the dwell before a card. The page's DOM is
 * never touched to restyle: a style is a second set of highlight names, each
 * styled in highlights.css, so a change is a re-registration.
 */
import { HIGHLIGHT_NAMES } from '../highlight/highlight-names';
import { supportsHighlights } from '../highlight/highlight-support';
import { DWELL_MS } from '../highlight/hover-intent';
import type { MentionRange } from '../highlight/mention-range';
import type { ShadowStyles } from '../highlight/shadow-styles';
import { HIGHLIGHT_TYPES, type HighlightType } from '../model';
import { HIGHLIGHTED_TYPES, type HighlightStyle, type TypeSwitches } from '../settings/settings';
import { type Steps, workCounter } from '../steps';

type HighlightWindow = Window & typeof globalThis;

/** Ranges added to the highlights between two points where a sliced paint may pause. */
const RANGES_PER_STEP = 256;

/** The name a type's ranges are registered under in a style: the underline styles keep the plain names. */
export function highlightName(type: HighlightType, style: HighlightStyle): string {
  return style === 'tint' ? `${HIGHLIGHT_NAMES[type]}-tint` : HIGHLIGHT_NAMES[type];
}

/** Drops every name of ours from the page's registry, in every style. */
function dropNames(w: HighlightWindow): void {
  for (const type of HIGHLIGHT_TYPES)
    for (const style of ['underline', 'tint'] as const) w.CSS.highlights.delete(highlightName(type, style));
}

export interface LookValues {
  types: TypeSwitches;
  style: HighlightStyle;
  dwellMs: number;
}

/** The current look, and who to tell when it changes. */
export class HighlightLook {
  private values: LookValues = { types: HIGHLIGHTED_TYPES.fallback, style: 'underline', dwellMs: DWELL_MS };
  private readonly listeners = new Set<() => void>();

  /** shadows: gives web components' shadow roots our rules, which the page's own never reach. */
  constructor(private readonly shadows?: ShadowStyles) {}

  get dwellMs(): number {
    return this.values.dwellMs;
  }

  update(change: Partial<LookValues>): void {
    this.values = { ...this.values, ...change };
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The ranges of the types shown: a hidden type has no highlight and opens no card. */
  visible(ranges: MentionRange[]): MentionRange[] {
    const { types } = this.values;
    return ranges.filter((r) => types[r.entity.type]);
  }

  /**
   * Makes each shown type's highlight under its style's name, a batch of ranges a step, and returns the call that
   * registers them and drops every other name of ours: made off the page's registry, they go in whole, and a giant
   * page's tens of thousands of ranges are never one long task. `ranges`: those of the types shown (visible()). Only
   * the painting follows the style: the caller hit-tests every shown range. `roots`: the shadow roots holding them,
   * which need our rules.
   */
  *paint(win: Window, ranges: MentionRange[], roots: ShadowRoot[]): Steps<() => void> {
    if (!supportsHighlights(win)) return () => undefined;
    const w = win as HighlightWindow;
    const { style } = this.values;
    const own = new Map<HighlightType, Highlight>();
    const pause = workCounter(RANGES_PER_STEP);
    for (const { entity, range } of style === 'first-mention' ? firstMentions(ranges) : ranges) {
      if (pause()) yield;
      const highlight = own.get(entity.type) ?? new w.Highlight();
      highlight.add(range);
      own.set(entity.type, highlight);
    }
    return () => {
      dropNames(w);
      for (const type of HIGHLIGHT_TYPES) {
        const highlight = own.get(type);
        if (highlight) w.CSS.highlights.set(highlightName(type, style), highlight);
      }
      this.shadows?.cover(roots);
    };
  }

  clear(win: Window): void {
    this.shadows?.clear();
    if (supportsHighlights(win)) dropNames(win as HighlightWindow);
  }
}

/**
 * Each entity's first range in the page's order. Not the ledger's order: a live blog adds its newest posts above the
 * ones read before, and the reader meets a name first where it stands highest.
 */
function firstMentions(ranges: MentionRange[]): MentionRange[] {
  const first = new Map<string, MentionRange>();
  for (const item of ranges) {
    const held = first.get(item.entity.id);
    if (!held || precedes(item.range, held.range)) first.set(item.entity.id, item);
  }
  return [...first.values()];
}

function precedes(a: Range, b: Range): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (b.startContainer.compareDocumentPosition(a.startContainer) & 2) !== 0; // Node.DOCUMENT_POSITION_PRECEDING
}
