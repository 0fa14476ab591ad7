/** Loads the knowledge pack from wherever the caller reads files: the extension package or the disk. */
import type { PackFile } from './pack-format';
import { packIndex } from './pack-index';
import type { ReferenceIndex } from './reference-index';

export function parsePack(text: string): ReferenceIndex {
  let pack: PackFile;
  try {
    pack = JSON.parse(text) as PackFile;
  } catch (error) {
    throw new Error(`knowledge pack: not valid JSON (${(error as Error).message})`);
  }
  return packIndex(pack);
}

export async function fetchPack(fetchText: () => Promise<string>): Promise<ReferenceIndex> {
  return parsePack(await fetchText());
}
