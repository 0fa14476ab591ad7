/**
 * The toolbar icons are legible on light and dark toolbars: their outline, and more than half of the square,
 * stand out from the toolbar by the 3:1 contrast WCAG asks of graphics, in both looks; and the off look is grey
 * where the on look is not.
 */
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, TOOLBAR_SIZES } from '../../../lib/background/toolbar-icons';
import { renderIcon } from '../../../scripts/icons/render-icons';

/** Toolbar colours of the default light and dark themes of Chrome and Firefox. */
const TOOLBARS = {
  'Chrome light': [255, 255, 255],
  'Firefox light': [249, 249, 251],
  'Chrome dark': [53, 54, 58],
  'Firefox dark': [43, 42, 51],
} as const;

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const alphaAt = (pixels: Uint8Array, size: number, x: number, y: number) =>
  x < 0 || y < 0 || x >= size || y >= size ? 0 : (pixels[(y * size + x) * 4 + 3] ?? 0);

/** Of the pixels chosen, the share that, drawn over the toolbar, reach 3:1 against it. */
function standingOut(pixels: Uint8Array, toolbar: readonly number[], chosen: (i: number) => boolean): number {
  let strong = 0;
  let all = 0;
  for (let i = 0; i < pixels.length / 4; i++) {
    if (!chosen(i)) continue;
    all++;
    const alpha = (pixels[i * 4 + 3] ?? 0) / 255;
    const over = [0, 1, 2].map((c) => (pixels[i * 4 + c] ?? 0) * alpha + (toolbar[c] ?? 0) * (1 - alpha));
    if (contrast(over, toolbar) >= 3) strong++;
  }
  return strong / all;
}

/**
 * The drawing's outline: its outermost fully opaque pixels, those with a see-through pixel (or the edge of the
 * square) beside them. The anti-aliased pixels of its rounded corners, half toolbar, are left out.
 */
function outline(pixels: Uint8Array, size: number): (i: number) => boolean {
  return (i) => {
    const [x, y] = [i % size, Math.floor(i / size)];
    if (alphaAt(pixels, size, x, y) < 255) return false;
    return [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ].some(([dx = 0, dy = 0]) => alphaAt(pixels, size, x + dx, y + dy) < 255);
  };
}

/** Mean distance of each opaque pixel's channels from their grey, 0 for a fully grey drawing. */
function colourfulness(pixels: Uint8Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i + 3] ?? 0) < 128) continue;
    const rgb = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
    sum += Math.max(...rgb) - Math.min(...rgb);
    count++;
  }
  return sum / count;
}

describe('the icons rendered from the SVG sources', () => {
  it.each(ICON_SIZES)('renders %i px square', (size) => {
    const icon = renderIcon(size);
    expect([icon.width, icon.height]).toEqual([size, size]);
    expect([...icon.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  describe.each(TOOLBAR_SIZES)('at %i px', (size) => {
    it.each(Object.entries(TOOLBARS))('stands out on a %s toolbar, on and off', (_name, toolbar) => {
      for (const look of ['on', 'off'] as const) {
        const { pixels } = renderIcon(size, look);
        expect(standingOut(pixels, toolbar, outline(pixels, size)), `${look} outline`).toBeGreaterThan(0.9);
        expect(
          standingOut(pixels, toolbar, () => true),
          `${look} square`,
        ).toBeGreaterThan(0.5);
      }
    });

    it('is grey when off and in colour when on', () => {
      expect(colourfulness(renderIcon(size, 'off').pixels)).toBeLessThan(2);
      expect(colourfulness(renderIcon(size, 'on').pixels)).toBeGreaterThan(60);
    });
  });
});
