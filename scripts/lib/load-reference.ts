/** The knowledge pack read from disk, for the CLI, eval, bench and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packsFromTexts } from '../../lib/reference/load-pack';
import { COUNTRIES_PACK_PATH, PACK_PATH } from '../../lib/reference/pack-format';
import type { ReferenceIndex } from '../../lib/reference/reference-index';

let loaded: ReferenceIndex | null = null;

export function loadReference(): ReferenceIndex {
  if (loaded) return loaded;
  const [main, countries] = [PACK_PATH, COUNTRIES_PACK_PATH].map((path) => resolve('public', path)) as [string, string];
  if (!existsSync(main) || !existsSync(countries))
    throw new Error(`No knowledge pack in ${resolve('public')}: run \`npm run pack\` first.`);
  loaded = packsFromTexts(readFileSync(main, 'utf8'), readFileSync(countries, 'utf8'));
  return loaded;
}
