/** What the extension holds once started in a fresh profile, read then, and put back between test files. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/browser/launch-extension';

/** What the extension holds once started in a fresh profile, put back between files. */
export interface Baseline {
  storage: Record<'local' | 'sync' | 'session', Record<string, unknown>>;
  permissions: { permissions: string[]; origins: string[] };
  databases: string[];
}

type Chrome = {
  storage: Record<string, { get(keys: null): Promise<object>; clear(): Promise<void>; set(v: object): Promise<void> }>;
  permissions: {
    getAll(): Promise<{ permissions?: string[]; origins?: string[] }>;
    remove(p: { permissions: string[]; origins: string[] }): Promise<boolean>;
  };
};

/** The extension's storage, granted permissions and databases now. */
export async function readBaseline(browser: ExtensionBrowser): Promise<Baseline> {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [local, sync, session] = await Promise.all(
      ['local', 'sync', 'session'].map((a) => chrome.storage[a]?.get(null)),
    );
    const granted = await chrome.permissions.getAll();
    return {
      storage: { local, sync, session } as Baseline['storage'],
      permissions: { permissions: granted.permissions ?? [], origins: granted.origins ?? [] },
      databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    };
  });
}

/** The extension's storage and optional permissions put back as the baseline has them. */
export async function restoreSettings(browser: ExtensionBrowser, baseline: Baseline): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(async (base) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (const [area, items] of Object.entries(base.storage)) {
      if (!chrome.storage[area] || !items) continue;
      await chrome.storage[area].clear();
      await chrome.storage[area].set(items);
    }
    const granted = await chrome.permissions.getAll();
    const extra = {
      permissions: (granted.permissions ?? []).filter((p) => !base.permissions.permissions.includes(p)),
      origins: (granted.origins ?? []).filter((o) => !base.permissions.origins.includes(o)),
    };
    if (extra.permissions.length + extra.origins.length > 0) await chrome.permissions.remove(extra);
  }, baseline);
}

/** Deletes, from an extension page, the extension's databases the baseline did not have. */
export async function deleteNewDatabases(page: Page, baseline: Baseline): Promise<void> {
  await page.evaluate(async (kept) => {
    for (const { name } of await indexedDB.databases()) {
      if (!name || kept.includes(name)) continue;
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = done;
      });
    }
  }, baseline.databases);
}
