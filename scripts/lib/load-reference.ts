/** The knowledge pack read from disk, for the CLI, eval, bench and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packsFromTexts } from '../../lib/reference/load-pack';
import { PACK_FILES } from '../../lib/reference/pack-format';
import type { ReferenceIndex } from '../../lib/reference/reference-index';

let loaded: ReferenceIndex | null = null;

export function loadReference(): ReferenceIndex {
  if (loaded) return loaded;
  const paths = PACK_FILES.map((path) => resolve('public', path));
  if (!paths.every((p) => existsSync(p)))
    throw new Error(`No knowledge pack in ${resolve('public')}: run \`npm run pack\` first.`);
  const [main, words, countries] = paths.map((p) => readFileSync(p, 'utf8')) as [string, string, string];
  loaded = packsFromTexts([main, words, countries]);
  return loaded;
}
