// `npm run zip`, after the build: the Chrome and Firefox zips, and the sources zip addons.mozilla.org asks for.
import { relative } from 'node:path';
import { makeStoreZips, untrackedFiles } from './zip/store-zips';

const zips = makeStoreZips();
for (const zip of zips) {
  console.log(`${relative('.', zip.path)}  ${(zip.bytes / 1024).toFixed(0)} kB, ${zip.files.length} files`);
}
const left = untrackedFiles();
if (left.length > 0) {
  console.warn(`\nNot in the sources zip (not tracked by git): ${left.join(', ')}`);
  console.warn('Add them with git add if the build needs them.');
}
