/**
 * Runs after the build (npm test does so): the manifests the browsers will read, not only the configuration they
 * come from, since WXT adds entries of its own (content scripts, and web-accessible resources for some UI modes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SNAPSHOT, securityFields } from '../helpers/manifest-security';

const built = (browser: string) => {
  const path = `.output/${browser}-mv3/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8'));
};

describe('the built manifests', () => {
  it.each(['chrome', 'firefox'] as const)('%s asks for exactly what the security snapshot allows', (browser) => {
    const manifest = built(browser);
    expect(securityFields(manifest)).toEqual(MANIFEST_SNAPSHOT[browser]);
    // Spelled out: no file of the extension can be loaded, or fingerprinted, by a web page.
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
