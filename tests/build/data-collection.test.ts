/**
 * The Firefox build declares what it may send, as Firefox's built-in consent asks (Firefox 140 and later): nothing
 * required, and as optional the category that opted-in lookups send, which the online switch asks consent for.
 */
import { describe, expect, it } from 'vitest';
import { LOOKUP_DATA_COLLECTION, onlinePermissions } from '../../lib/online/permissions';
import { builtManifest as built } from '../helpers/built-files';

describe('the data-collection declaration', () => {
  const firefox = built('firefox');
  const gecko = firefox.browser_specific_settings?.gecko;

  it('in Firefox requires none and offers website content as optional', () => {
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'], optional: ['websiteContent'] });
  });

  it('in Firefox is for versions with the consent flow only (140 on desktop, 142 on Android)', () => {
    expect(Number.parseFloat(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(
      Number.parseFloat(firefox.browser_specific_settings?.gecko_android?.strict_min_version),
    ).toBeGreaterThanOrEqual(142);
  });

  it('is what the online switch asks consent for, read from the built manifest', () => {
    expect(onlinePermissions(firefox).data_collection).toEqual(LOOKUP_DATA_COLLECTION);
  });

  it('is absent from the Chrome build, whose switch asks for the hosts alone', () => {
    const chrome = built('chrome');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(onlinePermissions(chrome).data_collection).toBeUndefined();
  });
});
