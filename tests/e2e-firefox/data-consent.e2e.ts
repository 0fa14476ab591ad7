import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirefoxHarness } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

let harness: FirefoxHarness;

beforeAll(async () => {
  // The shared Firefox grants a permission request at once, as its prompt is browser UI that automation cannot
  // click: the test sees what the switch asked for, as Firefox records it.
  harness = await borrowFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Granted {
  origins: string[];
  data_collection?: string[];
}

const granted = () =>
  harness.inExtension(async () => {
    type Permissions = { getAll(): Promise<Granted> };
    const { permissions } = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
    const all = await permissions.getAll();
    return {
      origins: all.origins.filter((o) => !o.startsWith('http://*') && o !== 'https://*/*'),
      data: all.data_collection,
    };
  });

describe('in Firefox, the online switch', () => {
  it('asks for the Wikimedia hosts and the website-content consent together, and gives both back', async () => {
    expect(await granted()).toEqual({ origins: [], data: [] });
    const options = await harness.firefox.openExtensionPage('options.html', '.lookups-switch');
    const lookupsSwitch = await options.waitForSelector('.lookups-switch [role="switch"]');
    await lookupsSwitch?.click();
    await expect.poll(granted, { timeout: 5000 }).toEqual({
      origins: expect.arrayContaining(['https://*.wikipedia.org/*', 'https://www.wikidata.org/*']),
      data: ['websiteContent'],
    });
    await expect
      .poll(() => options.$eval('[aria-labelledby="lookups-title"]', (s) => s.getAttribute('data-state')))
      .toBe('lookups-on');

    await lookupsSwitch?.click();
    await expect.poll(granted, { timeout: 5000 }).toEqual({ origins: [], data: [] });
    await expect
      .poll(() => options.$eval('[aria-labelledby="lookups-title"]', (s) => s.getAttribute('data-state')))
      .toBe('lookups-off');
    await options.close();
  });

  it('turns lookups off when the consent alone is taken back, as the add-on’s permissions page does', async () => {
    const options = await harness.firefox.openExtensionPage('options.html', '.lookups-switch');
    const state = () => options.$eval('[aria-labelledby="lookups-title"]', (s) => s.getAttribute('data-state'));
    await (await options.waitForSelector('.lookups-switch [role="switch"]'))?.click();
    await expect.poll(state, { timeout: 5000 }).toBe('lookups-on');
    await harness.inExtension(async () => {
      type Permissions = { remove(p: { data_collection: string[] }): Promise<boolean> };
      const { permissions } = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
      await permissions.remove({ data_collection: ['websiteContent'] });
    });
    await expect.poll(state, { timeout: 5000 }).toBe('lookups-off');
    await options.close();
  });
});
