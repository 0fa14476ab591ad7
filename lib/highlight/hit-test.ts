/**
 * Finds the mention under the pointer. The caret position at the point gives a
 * text node; only mentions in that node are checked, so a move over anything
 * else costs one caret lookup and one Map read.
 */

import { type Steps, workCounter } from '../steps';
import { shadowRootOf } from '../text/shadow-tree';
import type { MentionRange } from './mention-range';

/** Ranges indexed between two points where a sliced build may pause. */
const RANGES_PER_STEP = 256;

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret at a point; inside the given shadow roots it is the text there, not the component's host. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos =
      shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export class MentionIndex {
  private readonly byNode = new Map<Node, MentionRange[]>();
  /** Shadow roots holding mentions: the caret lookup must be let into them, and the highlight rules too. */
  readonly shadowRoots: ShadowRoot[] = [];

  /** The ranges are indexed by build(), which a sliced read runs in steps. */
  constructor(readonly ranges: MentionRange[]) {}

  /** Indexes the ranges by their nodes, in steps: a giant page has tens of thousands. */
  *build(): Steps<this> {
    const pause = workCounter(RANGES_PER_STEP);
    for (const item of this.ranges) {
      if (pause()) yield;
      const root = shadowRootOf(item.range.startContainer);
      if (root && !this.shadowRoots.includes(root)) this.shadowRoots.push(root);
      for (const node of [item.range.startContainer, item.range.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(item)) list.push(item);
        this.byNode.set(node, list);
      }
    }
    return this;
  }

  /** The mention drawn at (x, y), if the caret there falls inside one. */
  at(doc: Document, x: number, y: number): MentionRange | null {
    const caret = caretAt(doc, x, y, this.shadowRoots);
    if (!caret) return null;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return null;
    for (const item of candidates) {
      // The caret snaps to the nearest character even in blank space, so the
      // point must also fall inside one of the mention's boxes.
      for (const rect of item.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return item;
      }
    }
    return null;
  }

  firstOf(entityId: string): MentionRange | null {
    return this.ranges.find((r) => r.entity.id === entityId) ?? null;
  }
}
