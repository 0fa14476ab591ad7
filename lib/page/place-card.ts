/**
 * Where a card goes beside its name: below it when it fits there, else above when it fits there, else on the
 * roomier side; never over
 * the word, and inside the viewport. Its height is capped to the room on that side (the card scrolls inside), so
 * even a tall card at 200% zoom cannot grow over the word or off the screen. On right-to-left pages the card lines
 * up with the word's right edge instead of its left, as the reader's eye comes from the right.
 */

/** Gap between the name and its card, and between the card and the viewport's edges, in CSS pixels. */
export const CARD_GAP_PX = 8;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  left: number;
  /** Exactly one of top and bottom is set: a card above its word grows upwards from just over it. */
  top?: number;
  bottom?: number;
  maxHeight: number;
  width: number;
}

export interface CardSize {
  width: number;
  /** The card's whole height, as tall as its content wants; 0 when not measured yet. */
  height: number;
}

export function placeCard(
  anchor: Box,
  viewport: { width: number; height: number },
  size: CardSize,
  rtl = false,
): Placement {
  const cardWidth = size.width;
  const width = Math.max(0, Math.min(cardWidth, viewport.width - 2 * CARD_GAP_PX));
  const start = rtl ? anchor.right - width : anchor.left;
  const left = Math.max(CARD_GAP_PX, Math.min(start, viewport.width - width - CARD_GAP_PX));
  const roomBelow = viewport.height - anchor.bottom - 2 * CARD_GAP_PX;
  const roomAbove = anchor.top - 2 * CARD_GAP_PX;
  const fitsBelow = size.height <= roomBelow;
  if (fitsBelow || (size.height > roomAbove && roomBelow >= roomAbove)) {
    const top = Math.max(CARD_GAP_PX, anchor.bottom + CARD_GAP_PX);
    return { left, top, maxHeight: Math.max(0, viewport.height - top - CARD_GAP_PX), width };
  }
  const bottom = Math.max(CARD_GAP_PX, viewport.height - anchor.top + CARD_GAP_PX);
  return { left, bottom, maxHeight: Math.max(0, viewport.height - bottom - CARD_GAP_PX), width };
}
