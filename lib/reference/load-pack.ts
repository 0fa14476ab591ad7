/** Loads the knowledge pack from wherever the caller reads files: the extension package or the disk. */

import { combineIndexes } from './combine-indexes';
import { PACK_FILES, type PackFile, type PackWords, WORD_LIST_FIELDS } from './pack-format';
import { packIndex } from './pack-index';
import type { ReferenceIndex } from './reference-index';

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${what}: not valid JSON (${(error as Error).message})`);
  }
}

/** One pack file; the main pack with its word lists when they are given. */
export function parsePack(text: string, what = 'knowledge pack', wordsText?: string): ReferenceIndex {
  const pack = parseJson<PackFile>(text, what);
  if (wordsText !== undefined) {
    const words = parseJson<PackWords>(wordsText, 'pack word lists');
    if (words === null || typeof words !== 'object') throw new Error('pack word lists: not an object');
    // Only the known lists are taken: the words file cannot overwrite the entries or their index.
    for (const field of WORD_LIST_FIELDS)
      if (words[field] !== undefined) Object.assign(pack, { [field]: words[field] });
  }
  return packIndex(pack);
}

/** The texts of the pack's files, in PACK_FILES' order. */
export type PackTexts = readonly [main: string, words: string, countries: string];

/** The main pack with its word lists, and the separately licensed countries file, answering as one. */
export function packsFromTexts([main, words, countries]: PackTexts): ReferenceIndex {
  return combineIndexes([parsePack(main, 'knowledge pack', words), parsePack(countries, 'countries pack')]);
}

export async function loadPacks(
  readText: (path: (typeof PACK_FILES)[number]) => Promise<string>,
): Promise<ReferenceIndex> {
  const [main, words, countries] = await Promise.all(PACK_FILES.map(readText));
  return packsFromTexts([main as string, words as string, countries as string]);
}
