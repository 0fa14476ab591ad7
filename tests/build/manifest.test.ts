/**
 * Runs after the build (npm test does so): the manifests the browsers will read, not only the configuration they
 * come from, since WXT adds entries of its own (content scripts, and web-accessible resources for some UI modes).
 */
import { describe, expect, it } from 'vitest';
import { builtManifest as built } from '../helpers/built-files';
import { MANIFEST_SNAPSHOT, securityFields } from '../helpers/manifest-security';

describe('the built manifests', () => {
  it.each(['chrome', 'firefox'] as const)('%s asks for exactly what the security snapshot allows', (browser) => {
    const manifest = built(browser);
    expect(securityFields(manifest)).toEqual(MANIFEST_SNAPSHOT[browser]);
    // Spelled out: no file of the extension can be loaded, or fingerprinted, by a web page.
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
