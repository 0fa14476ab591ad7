/** Opening the options page and the popup, and putting the settings back between tests. */
import type { Page } from 'playwright-core';
import type { Harness } from './extension-fixture';
import { visit } from './kept-tabs';

type Chrome = {
  storage: {
    sync: { clear(): Promise<void> };
    local: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
  };
};

/** The options page, loaded afresh in the file's options tab (see kept-tabs.ts). */
export async function openOptions(harness: Harness): Promise<Page> {
  const page = await visit(harness, `chrome-extension://${harness.browser.extensionId}/options.html`, 'options');
  await page.getByRole('heading', { level: 1, name: 'Backstory options' }).waitFor();
  return page;
}

/** Every setting back to its default: synced preferences cleared, and the sites given. */
export async function resetSettings(harness: Harness, siteSwitches: Record<string, boolean> = {}): Promise<void> {
  const worker = await harness.browser.worker();
  await worker.evaluate(async (switches) => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    await api.storage.sync.clear();
    await api.storage.local.set({ siteSwitches: switches });
  }, siteSwitches);
}

/** The names of our highlights registered in the page now, sorted. */
export async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-') && k !== 'backstory-flash').sort(),
  );
}

/**
 * Sets how long the pointer must rest before a card opens, as the options page stores it. Tests that hover
 * every name of an article take the shortest, so the dwell does not dominate their time; tests of hover intent
 * take the longest, so a loaded machine cannot make a passing pointer look like a resting one.
 */
export async function setDwell(harness: Harness, ms: number): Promise<void> {
  const worker = await harness.browser.worker();
  await worker.evaluate(async (dwellMs) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } })
      .chrome;
    await api.storage.sync.set({ dwellMs });
  }, ms);
}
