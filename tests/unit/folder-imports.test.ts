import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Logic that knows nothing of messages, settings or the extension's runtime: it runs in Node and in a page alike. */
const ENGINE = [
  'article',
  'text',
  'detect',
  'names',
  'entities',
  'reference',
  'glossary',
  'highlight',
  'pipeline',
  'popup',
  'docs',
  'util',
];
/** The parts that know the extension: its messages, its stored settings, the page session, the background, lookups. */
const RUNTIME = ['protocol', 'settings', 'page', 'background', 'online'];
/** What every feature may share from lib's top level. */
const LIB_TOP = ['i18n.ts', 'model.ts', 'steps.ts'];
/** Where the extension's APIs and WXT's runtime may be imported: wiring, hooks and the runtime's adapters. */
const EXTENSION_API_DIRS = ['entrypoints/', 'hooks/', 'lib/background/', 'lib/online/', 'lib/settings/'];

interface Import {
  file: string;
  /** Repository-relative path of a relative import, or the package name. */
  target: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => {
    const spec = m[2] as string;
    const target = spec.startsWith('.') ? relative('.', resolve(dirname(file), spec)) : spec;
    return { file, target, typeOnly: Boolean(m[1]) };
  });
}

const under = (path: string, dirs: string[]) => dirs.some((d) => path === d || path.startsWith(`${d}/`));
const libFolder = (path: string) => (path.startsWith('lib/') ? path.split('/')[1] : undefined);
const all = ['entrypoints', 'lib', 'components', 'hooks'].flatMap(sourceFiles).flatMap(importsOf);
const broken = (rule: (i: Import) => boolean) => all.filter(rule).map((i) => `${i.file} -> ${i.target}`);

describe('what each folder may import', () => {
  it('reads enough of the code to mean something', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it('keeps lib free of views, hooks, entrypoints and Preact', () => {
    expect(
      broken(
        (i) =>
          i.file.startsWith('lib/') &&
          (under(i.target, ['components', 'hooks', 'entrypoints']) || /^preact/.test(i.target)),
      ),
    ).toEqual([]);
  });

  it('keeps the engine (article, detection, entities, reference data) free of messages, settings and the runtime', () => {
    expect(
      broken((i) => ENGINE.includes(libFolder(i.file) ?? '') && RUNTIME.includes(libFolder(i.target) ?? '')),
    ).toEqual([]);
  });

  it('lets only the wiring, the hooks and the runtime adapters reach the extension APIs', () => {
    expect(
      broken((i) => /^(wxt|@wxt-dev)(\/|$)/.test(i.target) && !EXTENSION_API_DIRS.some((d) => i.file.startsWith(d))),
    ).toEqual([]);
  });

  it('lets views take only types from hooks, and nothing from entrypoints', () => {
    expect(
      broken(
        (i) =>
          i.file.startsWith('components/') &&
          (under(i.target, ['entrypoints']) || (under(i.target, ['hooks']) && !i.typeOnly)),
      ),
    ).toEqual([]);
  });

  it('keeps at lib top level only what every feature shares', () => {
    const loose = readdirSync('lib').filter((name) => /\.tsx?$/.test(name));
    expect(loose.filter((name) => !LIB_TOP.includes(name))).toEqual([]);
  });

  it('puts every lib folder under a rule, and lib/README.md names each folder with its kind', () => {
    const folders = readdirSync('lib').filter((name) => statSync(join('lib', name)).isDirectory());
    expect(folders.filter((f) => !ENGINE.includes(f) && !RUNTIME.includes(f))).toEqual([]);
    const readme = readFileSync('lib/README.md', 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+)\/` \| (engine|runtime) \|/gm)].map((m) => [m[1], m[2]]);
    const kinds = folders.map((f) => [f, ENGINE.includes(f) ? 'engine' : 'runtime']);
    expect(rows.sort()).toEqual(kinds.sort());
  });
});
