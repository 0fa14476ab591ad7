/** Both built manifests name the icon set, and every file they name is in the build, a PNG of the size given. */
import { describe, expect, it } from 'vitest';
import { builtManifest as built, pngSize } from '../helpers/built-files';

const BROWSERS = ['chrome', 'firefox'] as const;

describe.each(BROWSERS)('the %s build', (browser) => {
  const manifest = built(browser);

  it('lists the icons at 16, 32, 48, 96 and 128 px, and the toolbar button at 16 and 32', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '96', '128']);
    expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(['16', '32']);
  });

  it('ships every icon it lists, and the off look, at its size', () => {
    const listed: Record<string, string> = { ...manifest.icons, ...manifest.action?.default_icon };
    const off = { 16: 'icons/off-16.png', 32: 'icons/off-32.png' };
    for (const [size, file] of [...Object.entries(listed), ...Object.entries(off)]) {
      expect(pngSize(`.output/${browser}-mv3/${file}`), file).toEqual([Number(size), Number(size)]);
    }
  });
});
