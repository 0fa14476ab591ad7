/**
 * Which mention a keyboard command means: the one the selection is in, the
 * first one in view, or the next or previous one in reading order.
 */
import type { MentionRange } from '../highlight/mention-range';
import type { CardKeyAction } from '../protocol/messages';

/** The mention a command is for; `current` is the mention whose card is open, if one is. */
export function commandTarget(
  action: CardKeyAction,
  selection: Selection | null,
  mentions: readonly MentionRange[],
  current: MentionRange | null,
  viewportHeight: number,
): MentionRange | null {
  const ordered = inReadingOrder(mentions);
  if (action === 'open') return mentionAtSelection(selection, ordered) ?? firstInView(ordered, viewportHeight);
  return stepFrom(ordered, current, action === 'next' ? 1 : -1, viewportHeight);
}

export function inReadingOrder(mentions: readonly MentionRange[]): MentionRange[] {
  return [...mentions].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** The first mention (in reading order) that the selection or caret touches. */
export function mentionAtSelection(selection: Selection | null, ordered: readonly MentionRange[]): MentionRange | null {
  if (!selection || selection.rangeCount === 0) return null;
  const chosen = selection.getRangeAt(0);
  const touches = (m: MentionRange) => {
    try {
      // -1: the point is before the selection, 1: after it, 0: inside it or on its edge.
      const endsBefore = chosen.comparePoint(m.range.endContainer, m.range.endOffset) < 0;
      const startsAfter = chosen.comparePoint(m.range.startContainer, m.range.startOffset) > 0;
      return !endsBefore && !startsAfter;
    } catch {
      // A selection in another tree (a form field, a shadow root) shares no point with the article.
      return false;
    }
  };
  return ordered.find(touches) ?? null;
}

const onScreen = (m: MentionRange, viewportHeight: number) => {
  const rect = m.range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < viewportHeight && (rect.width > 0 || rect.height > 0);
};

export function firstInView(ordered: readonly MentionRange[], viewportHeight: number): MentionRange | null {
  return ordered.find((m) => onScreen(m, viewportHeight)) ?? null;
}

/**
 * The mention after (or before) `from`, wrapping at the ends; `from` need not be among them (a name just hidden).
 * Without one, the first in view going forwards and the last in view going backwards, so that the first press lands
 * where the reader is looking.
 */
export function stepFrom(
  ordered: readonly MentionRange[],
  from: MentionRange | null,
  by: 1 | -1,
  viewportHeight: number,
): MentionRange | null {
  const wrap = (by === 1 ? ordered[0] : ordered.at(-1)) ?? null;
  if (from) {
    const after = (m: MentionRange) => m.range.compareBoundaryPoints(Range.START_TO_START, from.range) > 0;
    const before = (m: MentionRange) => m.range.compareBoundaryPoints(Range.START_TO_START, from.range) < 0;
    return (by === 1 ? ordered.find(after) : ordered.findLast(before)) ?? wrap;
  }
  const visible = ordered.filter((m) => onScreen(m, viewportHeight));
  return (by === 1 ? visible[0] : visible.at(-1)) ?? wrap;
}
