/** Both built manifests name the icon set, and every file they name is in the build, a PNG of the size given. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BROWSERS = ['chrome', 'firefox'] as const;

function built(browser: string) {
  const path = `.output/${browser}-mv3/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
}

/** Width and height from a PNG's header chunk, which always comes first. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error(`${path} is not a PNG`);
  }
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(BROWSERS)('the %s build', (browser) => {
  const manifest = built(browser);

  it('lists the icons at 16, 32, 48, 96 and 128 px, and the toolbar button at 16 and 32', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '96', '128']);
    expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(['16', '32']);
  });

  it('ships every icon it lists, and the off look, at its size', () => {
    const listed = { ...manifest.icons, ...manifest.action?.default_icon };
    const off = { 16: 'icons/off-16.png', 32: 'icons/off-32.png' };
    for (const [size, file] of [...Object.entries(listed), ...Object.entries(off)]) {
      expect(pngSize(`.output/${browser}-mv3/${file}`), file).toEqual([Number(size), Number(size)]);
    }
  });
});
