/**
 * Where the icons are in the built extension: the manifest names them, the
 * background switches the toolbar button between the two looks, and the build
 * renders them from assets/icon.svg and assets/icon-small.svg
 * (scripts/icons/render-icons.ts).
 */

/** Every size the manifest lists: toolbar (16, 32), extensions page (48), store and install (96, 128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** The sizes a toolbar button draws, at 1x and 2x. */
export const TOOLBAR_SIZES = [16, 32] as const;

export type IconSize = (typeof ICON_SIZES)[number];
/** 'off' is the greyed look of a button whose site is switched off, or while Backstory is paused. */
export type IconLook = 'on' | 'off';

export function iconFile(size: IconSize, look: IconLook = 'on'): string {
  return look === 'on' ? `icons/${size}.png` : `icons/off-${size}.png`;
}

/** A size-to-file map, as the manifest's `icons` and the action API take it. */
export function iconSet<S extends IconSize>(sizes: readonly S[], look: IconLook = 'on'): Record<S, string> {
  return Object.fromEntries(sizes.map((size) => [size, iconFile(size, look)])) as Record<S, string>;
}
