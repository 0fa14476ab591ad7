/**
 * The three zips the stores take: each built extension as it is in .output/, and for addons.mozilla.org the
 * sources, made by `git archive` from tracked files only, so no scratch file of the working tree can slip in.
 * `npm run zip` builds first, then calls makeStoreZips; tests/build/zips.test.ts calls it on the build at hand.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync, type Zippable, zipSync } from 'fflate';

export const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
/** One date for every entry, so the same build always gives the same bytes. */
const ENTRY_DATE = new Date('2000-01-01T00:00:00Z');

export interface StoreZip {
  kind: 'chrome' | 'firefox' | 'sources';
  path: string;
  bytes: number;
  files: string[];
}

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The names of the files in a zip, sorted, without unpacking them. */
export function listZip(path: string): string[] {
  const names: string[] = [];
  unzipSync(readFileSync(path), {
    filter: (file) => {
      if (!file.name.endsWith('/')) names.push(file.name);
      return false;
    },
  });
  return names.sort();
}

function zipBuild(dir: string, out: string): void {
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) entries[file] = [readFileSync(join(dir, file)), { mtime: ENTRY_DATE }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/**
 * The tracked files as they are now, edits not yet committed included: `git stash create` records them as a commit
 * without touching the working tree or the stash list, and prints nothing when there is nothing to record.
 */
function sourcesTree(root: string): string {
  return git(['stash', 'create'], root) || 'HEAD';
}

/** Files in the working tree that git does not track and does not ignore: never in the sources zip. */
export function untrackedFiles(root = '.'): string[] {
  return git(['ls-files', '--others', '--exclude-standard'], root).split('\n').filter(Boolean);
}

/** The tracked files that exist now (a tracked file deleted but not yet committed is not in the archive either). */
export function trackedFiles(root = '.'): string[] {
  const deleted = new Set(git(['ls-files', '--deleted'], root).split('\n').filter(Boolean));
  return git(['ls-files'], root)
    .split('\n')
    .filter((file) => file && !deleted.has(file))
    .sort();
}

export function makeStoreZips(outDir = '.output', root = '.'): StoreZip[] {
  const manifest = JSON.parse(readFileSync(join(root, BUILDS.chrome, 'manifest.json'), 'utf8')) as { version: string };
  const name = (kind: string) => resolve(outDir, `backstory-${manifest.version}-${kind}.zip`);
  const zips: StoreZip[] = [];
  const record = (kind: StoreZip['kind'], path: string) =>
    zips.push({ kind, path, bytes: statSync(path).size, files: listZip(path) });
  for (const kind of ['chrome', 'firefox'] as const) {
    zipBuild(join(root, BUILDS[kind]), name(kind));
    record(kind, name(kind));
  }
  git(['archive', '--format=zip', '-9', '-o', name('sources'), sourcesTree(root)], root);
  record('sources', name('sources'));
  return zips;
}
