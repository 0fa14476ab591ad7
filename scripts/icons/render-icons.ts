/**
 * Renders the extension's PNG icons from the SVG sources at build time (wxt.config.ts calls writeIcons), so
 * the PNGs can never drift from the drawing. The greyed "off" look is the same drawing with its colours swapped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES, type IconLook, type IconSize, iconFile, TOOLBAR_SIZES } from '../../lib/background/toolbar-icons';

const LARGE_SOURCE = resolve('assets/icon.svg');
/** Drawn on a 16 px grid: used at 16 and 32, where the large drawing would blur. */
const SMALL_SOURCE = resolve('assets/icon-small.svg');
const SMALL_UP_TO = 32;

/**
 * Off: the blue tile and the orange underline turn grey, and the card stays white. The greys keep a contrast of
 * about 3:1 or more with both a light and a dark toolbar (tests/unit/icons/render-icons.test.ts measures it).
 */
export const OFF_COLOURS: Record<string, string> = {
  '#3388DD': '#858585',
  '#E69F00': '#B8B8B8',
};

export function iconSource(size: IconSize, look: IconLook): string {
  let svg = readFileSync(size <= SMALL_UP_TO ? SMALL_SOURCE : LARGE_SOURCE, 'utf8');
  if (look === 'off') {
    for (const [from, to] of Object.entries(OFF_COLOURS)) {
      // A colour renamed in the drawing must not leave the off look silently in colour.
      if (!svg.includes(from)) throw new Error(`icon source has no ${from} to grey out`);
      svg = svg.replaceAll(from, to);
    }
  }
  return svg;
}

export interface RenderedIcon {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
  png: Buffer;
}

export function renderIcon(size: IconSize, look: IconLook = 'on'): RenderedIcon {
  const image = new Resvg(iconSource(size, look), { fitTo: { mode: 'width', value: size } }).render();
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels), png: image.asPng() };
}

/** Every icon the extension ships: each size on, and the toolbar sizes off. */
export function shippedIcons(): { file: string; size: IconSize; look: IconLook }[] {
  return [
    ...ICON_SIZES.map((size) => ({ file: iconFile(size), size, look: 'on' as const })),
    ...TOOLBAR_SIZES.map((size) => ({ file: iconFile(size, 'off'), size, look: 'off' as const })),
  ];
}

/** Writes every shipped icon under `dir`; returns them as WXT's public files to copy into the build. */
export function writeIcons(dir: string): { absoluteSrc: string; relativeDest: string }[] {
  return shippedIcons().map(({ file, size, look }) => {
    const absoluteSrc = resolve(dir, file);
    mkdirSync(dirname(absoluteSrc), { recursive: true });
    writeFileSync(absoluteSrc, renderIcon(size, look).png);
    return { absoluteSrc, relativeDest: file };
  });
}
