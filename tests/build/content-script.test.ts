/**
 * Runs after the build: what the content script bundle holds. It runs on every article a reader opens, so a library
 * that only the extension pages need must not ride along.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const contentScript = (browser: string) => {
  const path = `.output/${browser}-mv3/content-script.js`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return readFileSync(path, 'utf8');
};

describe('the built content script', () => {
  it.each(['chrome', 'firefox'] as const)('%s reads settings without the WXT storage library', (browser) => {
    // WXT's auto-import adds the library wherever an unbound `storage` seems to be used (a parameter of that name
    // is enough); the content script reads its settings through lib/settings/read-setting.ts instead.
    expect(contentScript(browser)).not.toContain('@wxt-dev/storage');
  });
});
