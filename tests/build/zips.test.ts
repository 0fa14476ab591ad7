/**
 * The store zips, made by the same code as `npm run zip` from the build at hand: each extension zip holds exactly
 * the build and only the kinds of file a build makes; the sources zip holds exactly the tracked files, and a
 * scratch file left in the working tree stays out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILDS,
  filesUnder,
  makeStoreZips,
  type StoreZip,
  trackedFiles,
  untrackedFiles,
} from '../../scripts/zip/store-zips';

/** Every kind of file the build may ship; anything else in a zip is a mistake. */
const SHIPPED = [
  /^manifest\.json$/,
  /^_locales\/[A-Za-z_]+\/messages\.json$/,
  /^icons\/(off-)?\d+\.png$/,
  /^background\.js$/,
  /^content-script\.js$/,
  /^(popup|options|privacy|lookups)\.html$/,
  /^chunks\/[\w.-]+\.js$/,
  /^assets\/[\w-]+\.css$/,
  /^pack\/(pack\.json|words\.json|countries\.odbl\.json|NOTICE\.txt)$/,
];
/** Untracked on purpose, at the top of the project where a forgotten note would be. */
const SCRATCH = `zip-test-scratch-${process.pid}.txt`;

let out: string;
let zips: Record<StoreZip['kind'], StoreZip>;

/** Zipping about 12 MB at the highest compression takes seconds, more on a busy machine. */
const ZIPPING_MS = 120_000;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'backstory-zips-'));
  writeFileSync(SCRATCH, 'a note that must not reach a store\n');
  try {
    zips = Object.fromEntries(makeStoreZips(out).map((zip) => [zip.kind, zip])) as typeof zips;
  } finally {
    rmSync(SCRATCH);
  }
}, ZIPPING_MS);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe.each(['chrome', 'firefox'] as const)('the %s zip', (kind) => {
  it('holds exactly the build', () => {
    expect(zips[kind].files).toEqual(filesUnder(BUILDS[kind]));
  });

  it('holds only files a build makes: no source maps, dotfiles or notes', () => {
    const unexpected = zips[kind].files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)));
    expect(unexpected).toEqual([]);
    expect(zips[kind].files).toEqual(expect.arrayContaining(['manifest.json', 'icons/128.png', 'pack/pack.json']));
  });
});

describe('the sources zip', () => {
  it('holds exactly the tracked files', () => {
    expect(zips.sources.files).toEqual(trackedFiles());
  });

  it('leaves out every untracked file, the scratch file made for this test included', () => {
    expect(zips.sources.files).not.toContain(SCRATCH);
    const untracked = new Set(untrackedFiles());
    expect(zips.sources.files.filter((file) => untracked.has(file))).toEqual([]);
  });

  it('has what a reviewer needs to build it: the lockfile, the configuration and the instructions', () => {
    expect(zips.sources.files).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'assets/icon.svg']),
    );
    expect(zips.sources.files.filter((file) => /^(node_modules|\.output|public\/pack)\//.test(file))).toEqual([]);
  });
});
