/** The knowledge pack read from disk, for the CLI, eval, bench and tests. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePack } from '../../lib/reference/load-pack';
import { PACK_PATH } from '../../lib/reference/pack-format';
import type { ReferenceIndex } from '../../lib/reference/reference-index';

export const PACK_FILE = resolve('public', PACK_PATH);

let loaded: ReferenceIndex | null = null;

export function loadReference(): ReferenceIndex {
  if (loaded) return loaded;
  if (!existsSync(PACK_FILE)) throw new Error(`No knowledge pack at ${PACK_FILE}: run \`npm run pack\` first.`);
  loaded = parsePack(readFileSync(PACK_FILE, 'utf8'));
  return loaded;
}
