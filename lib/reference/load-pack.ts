/** Loads the knowledge pack from wherever the caller reads files: the extension package or the disk. */

import { combineIndexes } from './combine-indexes';
import { COUNTRIES_PACK_PATH, PACK_PATH, type PackFile } from './pack-format';
import { packIndex } from './pack-index';
import type { ReferenceIndex } from './reference-index';

export function parsePack(text: string, what = 'knowledge pack'): ReferenceIndex {
  let pack: PackFile;
  try {
    pack = JSON.parse(text) as PackFile;
  } catch (error) {
    throw new Error(`${what}: not valid JSON (${(error as Error).message})`);
  }
  return packIndex(pack);
}

/** The main pack and the separately licensed countries file, from their texts, answering as one. */
export function packsFromTexts(main: string, countries: string): ReferenceIndex {
  return combineIndexes([parsePack(main), parsePack(countries, 'countries pack')]);
}

export async function loadPacks(readText: (path: string) => Promise<string>): Promise<ReferenceIndex> {
  const [main, countries] = await Promise.all([readText(PACK_PATH), readText(COUNTRIES_PACK_PATH)]);
  return packsFromTexts(main, countries);
}
