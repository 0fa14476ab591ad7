import { describe, expect, it } from 'vitest';
import {
  LOOKUP_DATA_COLLECTION,
  type OnlinePermissions,
  onlinePermissions,
  touchesLookups,
  WIKIMEDIA_ORIGINS,
} from '../../../lib/online/permissions';
import { setOnlineLookups } from '../../../lib/online/switch';

const FIREFOX = {
  browser_specific_settings: { gecko: { data_collection_permissions: { optional: ['websiteContent'] } } },
};
const CHROME = {};

function fakeBrowser(manifest: object, grant: boolean) {
  const calls: string[] = [];
  const order: string[] = [];
  let on = false;
  const record = (name: string) => (p: OnlinePermissions) => {
    calls.push(`${name} ${JSON.stringify(p)}`);
    order.push(name);
    return Promise.resolve(grant);
  };
  return {
    calls,
    order,
    isOn: () => on,
    deps: {
      permissions: { request: record('request'), remove: record('remove'), contains: record('contains') },
      manifest,
      setOn: async (value: boolean) => {
        order.push(`set ${value}`);
        on = value;
      },
    },
  };
}

describe('what online lookups ask the browser for', () => {
  it('is the Wikimedia hosts alone where the manifest declares no data collection (Chrome)', () => {
    expect(onlinePermissions(CHROME)).toEqual({ origins: WIKIMEDIA_ORIGINS });
  });

  it('adds the website-content category where the Firefox manifest declares it optional', () => {
    expect(onlinePermissions(FIREFOX)).toEqual({ origins: WIKIMEDIA_ORIGINS, data_collection: ['websiteContent'] });
    expect(LOOKUP_DATA_COLLECTION).toEqual(['websiteContent']);
  });

  it('tells a change that concerns lookups from one that does not', () => {
    expect(touchesLookups({ origins: ['https://www.wikidata.org/*'] })).toBe(true);
    expect(touchesLookups({ data_collection: ['websiteContent'] })).toBe(true);
    expect(touchesLookups({ origins: ['https://example.com/*'], data_collection: ['technicalAndInteraction'] })).toBe(
      false,
    );
    expect(touchesLookups({})).toBe(false);
  });
});

describe('the online switch', () => {
  it('in Firefox asks for the hosts and the data consent in one request, and turns on when granted', async () => {
    const b = fakeBrowser(FIREFOX, true);
    expect(await setOnlineLookups(true, b.deps)).toBe(true);
    expect(b.calls).toEqual([
      `request ${JSON.stringify({ origins: WIKIMEDIA_ORIGINS, data_collection: ['websiteContent'] })}`,
    ]);
    expect(b.isOn()).toBe(true);
  });

  it('stays off when the reader refuses', async () => {
    const b = fakeBrowser(FIREFOX, false);
    expect(await setOnlineLookups(true, b.deps)).toBe(false);
    expect(b.isOn()).toBe(false);
  });

  it('turned off, clears the setting before giving the hosts and the consent back', async () => {
    const b = fakeBrowser(FIREFOX, true);
    await setOnlineLookups(true, b.deps);
    b.order.length = 0;
    expect(await setOnlineLookups(false, b.deps)).toBe(false);
    expect(b.order).toEqual(['set false', 'remove']);
    expect(b.calls.at(-1)).toContain('"data_collection":["websiteContent"]');
  });

  it('in Chrome asks for the hosts only', async () => {
    const b = fakeBrowser(CHROME, true);
    await setOnlineLookups(true, b.deps);
    expect(b.calls).toEqual([`request ${JSON.stringify({ origins: WIKIMEDIA_ORIGINS })}`]);
  });
});
