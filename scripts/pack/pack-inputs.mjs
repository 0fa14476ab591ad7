// What the knowledge pack is made from, and whether the pack on disk was made from it as it is now. `npm install`
// builds the pack (postinstall); `npm test` then builds it again only if a source changed since, instead of
// repeating ten seconds of work on the same inputs. `node scripts/pack/pack-inputs.mjs --stamp` records the
// sources of the pack just built (the `pack` script runs it last).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Everything the build reads: the data and the build's own code, all of lib/ (the build imports some of it, and a
 * wider net only rebuilds more often), the notice it copies, and the locked versions of the data packages.
 */
const INPUTS = ['data', 'scripts/pack', 'lib', 'NOTICE', 'package-lock.json'];
const OUTPUTS = ['pack.json', 'words.json', 'countries.odbl.json', 'NOTICE.txt'].map((f) => join('public/pack', f));
const STAMP = 'node_modules/.cache/backstory/pack-inputs.sha256';

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

export function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Whether every file of the pack is there and was built from the sources as they are now. */
export function packIsCurrent() {
  if (!OUTPUTS.every((file) => existsSync(file)) || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, 'utf8') === inputsHash();
}

if (process.argv.includes('--stamp')) {
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, inputsHash());
}
