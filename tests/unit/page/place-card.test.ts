import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, placeCard } from '../../../lib/page/place-card';

const viewport = { width: 1000, height: 800 };
const word = (top: number, left: number, width = 60) => ({ top, bottom: top + 20, left, right: left + width });
const size = { width: 320, height: 300 };

/** The card's box as it would be drawn, for checking it against the word and the viewport. */
function box(place: ReturnType<typeof placeCard>, height: number) {
  const shown = Math.min(height, place.maxHeight);
  const top = place.top ?? viewport.height - (place.bottom as number) - shown;
  return { top, bottom: top + shown, left: place.left, right: place.left + place.width };
}

describe('placeCard', () => {
  it('opens below a word when the card fits there, lined up with the word', () => {
    const place = placeCard(word(100, 200), viewport, size);
    expect(place).toMatchObject({ top: 128, left: 200 });
  });

  it('opens above a word when it fits only there', () => {
    const place = placeCard(word(600, 200), viewport, size);
    expect(place.top).toBeUndefined();
    expect(place.bottom).toBe(viewport.height - 600 + CARD_GAP_PX);
  });

  it('never covers the word and stays inside the viewport, wherever the word is and however tall the card', () => {
    for (const top of [0, 5, 150, 390, 420, 700, 779]) {
      for (const left of [0, 300, 960]) {
        for (const height of [100, 500, 2000]) {
          const w = word(top, left);
          const b = box(placeCard(w, viewport, { width: 320, height }), height);
          expect(b.bottom <= w.top || b.top >= w.bottom, `${top},${left},${height}`).toBe(true);
          expect(b.top).toBeGreaterThanOrEqual(CARD_GAP_PX);
          expect(b.bottom).toBeLessThanOrEqual(viewport.height - CARD_GAP_PX);
          expect(b.left).toBeGreaterThanOrEqual(CARD_GAP_PX);
          expect(b.right).toBeLessThanOrEqual(viewport.width - CARD_GAP_PX);
        }
      }
    }
  });

  it('lines up with the right edge of a word on a right-to-left page, and is clamped at the left', () => {
    expect(placeCard(word(100, 600, 80), viewport, size, true).left).toBe(680 - 320);
    expect(placeCard(word(100, 20, 80), viewport, size, true).left).toBe(CARD_GAP_PX);
  });

  it('is no wider than the viewport (a phone, or 400% zoom)', () => {
    const narrow = placeCard(word(100, 10), { width: 300, height: 600 }, size);
    expect(narrow.width).toBe(300 - 2 * CARD_GAP_PX);
    expect(narrow.left).toBe(CARD_GAP_PX);
  });
});
