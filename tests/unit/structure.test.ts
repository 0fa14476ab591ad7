import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { type BackgroundProtocol, parseBackgroundMessage, parseTabMessage, type TabProtocol } from '../../lib/protocol';
import { loadReference } from '../../scripts/lib/load-reference';
import config from '../../wxt.config';

// One sample request per message: the mapped types make the compiler insist
// that every message in the protocol has one.
const BACKGROUND_SAMPLES: { [K in keyof BackgroundProtocol]: BackgroundProtocol[K]['request'] } = {
  terms: { words: ['political', 'prisoner'] },
  resolve: { mentions: [{ start: 0, end: 6, form: 'Atyrau', cue: 'PLACE', sentenceInitial: false }] },
};
const TAB_SAMPLES: { [K in keyof TabProtocol]: TabProtocol[K]['request'] } = {
  'page/state': {},
  'page/reveal': { entityId: 'PLACE:atyrau' },
};

const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the structure of the extension', () => {
  it('has a parser and a handler for every background message', () => {
    const context = { extensionId: 'me', reference: loadReference() };
    for (const [type, data] of Object.entries(BACKGROUND_SAMPLES)) {
      expect(parseBackgroundMessage({ type, data }).ok, type).toBe(true);
      expect(handleBackgroundMessage({ type, data }, { id: 'me' }, context).ok, type).toBe(true);
    }
  });

  it('has a parser for every message the content script answers', () => {
    for (const [type, data] of Object.entries(TAB_SAMPLES)) expect(parseTabMessage({ type, data }).ok, type).toBe(true);
  });

  it.each(['chrome', 'firefox'])('asks %s for no more permissions than the snapshot allows', async (browser) => {
    const manifestOf = config.manifest as (env: object) => Record<string, unknown>;
    const manifest = await manifestOf({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect('browser_specific_settings' in manifest).toBe(browser === 'firefox');
  });

  it('uses no HTML sinks, eval or new Function, and imports browser only from wxt/browser', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
      expect(code, file).not.toMatch(/from ['"](webextension-polyfill|@wxt-dev\/browser)['"]/);
      expect(code, file).not.toMatch(/import\s*\{[^}]*\bbrowser\b[^}]*\}\s*from\s*['"](?!wxt\/browser)/);
    }
  });

  it('keeps entrypoints small and every source file under 150 lines', () => {
    for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      const limit = file.startsWith('entrypoints') ? 60 : 150;
      expect(lines, file).toBeLessThanOrEqual(limit);
    }
  });
});
