/** The lookup service wired to the browser: storage, IndexedDB, fetch, tabs. One client for the whole background. */
import { browser } from 'wxt/browser';
import { LOOKUP_CACHE_DB } from '../lookup-cache';
import { type LookupCache, openLookupCache } from '../online/lookup-cache';
import { TabSignals } from '../online/tab-signals';
import { createWikimediaClient } from '../online/wikimedia-client';
import { readSetting } from '../read-setting';
import { ONLINE_LOOKUPS, WIKI_LANGUAGE, wikiLanguage } from '../settings-online';
import { wikiChoices } from '../settings-store';
import { lookupService } from './lookup-service';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

export function startOnlineLookups() {
  const signals = new TabSignals();
  // A closed tab's lookups stop: its queued requests give up their place.
  browser.tabs.onRemoved.addListener((tabId) => signals.closeTab(tabId));
  let cache: Promise<LookupCache | undefined> | undefined;
  const client = createWikimediaClient({
    fetch: (url, init) => fetch(url, init),
    sleep,
    now: () => Date.now(),
    version: browser.runtime.getManifest().version,
  });
  return lookupService({
    extensionId: browser.runtime.id,
    isOn: () => readSetting(browser.storage, ONLINE_LOOKUPS),
    lang: async () => wikiLanguage(await readSetting(browser.storage, WIKI_LANGUAGE), browser.i18n.getUILanguage()),
    cache: () => {
      cache ??= openLookupCache({ indexedDB, now: () => Date.now(), dbName: LOOKUP_CACHE_DB }).catch(() => undefined);
      return cache;
    },
    choices: { get: () => wikiChoices.getValue(), set: (value) => wikiChoices.setValue(value) },
    client,
    signals,
    openTab: (url) => browser.tabs.create({ url }),
    now: () => Date.now(),
  });
}
