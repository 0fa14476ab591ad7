/** Reading what `npm run build` wrote, for the checks of the build (tests/build/) and of the store images. */
import { existsSync, readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noExplicitAny: a manifest is whatever JSON the build wrote; each test checks its part.
export type BuiltManifest = Record<string, any>;

export function builtManifest(browser: 'chrome' | 'firefox'): BuiltManifest {
  const path = `.output/${browser}-mv3/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Width and height from a PNG's header chunk, which always comes first. */
export function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error(`${path} is not a PNG`);
  }
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
