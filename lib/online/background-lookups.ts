/** The lookup service wired to the browser: storage, IndexedDB, fetch, tabs. One client for the whole background. */
import { browser } from 'wxt/browser';
import { PermissionAsk } from '../background/permission-ask';
import { grantTurnsLookupsOn, ONLINE_LOOKUPS, WIKI_LANGUAGE, wikiLanguage } from '../settings/online';
import { readSetting } from '../settings/read-setting';
import { lookupsWantedAt, onlineLookups, wikiChoices } from '../settings/store';
import { type LookupCache, openLookupCache } from './lookup-cache';
import { lookupService } from './lookup-service';
import { type ManifestLike, onlinePermissions, type PermissionsLike, touchesLookups } from './permissions';
import { TabSignals } from './tab-signals';
import { createWikimediaClient } from './wikimedia-client';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** Backstory's lookups page: for one name (the permission it needs), or for turning lookups on for every name. */
const lookupsPage = (name?: string) =>
  `${browser.runtime.getURL('/lookups.html')}${name ? `?${new URLSearchParams({ name })}` : ''}`;

export function startOnlineLookups() {
  const signals = new TabSignals();
  // What lookups need granted: the hosts, and in Firefox the data-collection consent.
  const permissions = browser.permissions as unknown as PermissionsLike;
  const needed = onlinePermissions(browser.runtime.getManifest() as ManifestLike);
  const allGranted = () => permissions.contains(needed).catch(() => false);
  const permission = new PermissionAsk({
    held: allGranted,
    openPage: async (name, openerTabId) => {
      // A click to turn every lookup on, left unanswered before, must not take this grant for its own.
      await lookupsWantedAt.setValue(0);
      return (await browser.tabs.create({ url: lookupsPage(name), openerTabId })).id;
    },
  });
  // A closed tab's lookups stop: its queued requests give up their place. The lookups page's closing is its answer.
  browser.tabs.onRemoved.addListener((tabId) => {
    signals.closeTab(tabId);
    permission.tabClosed(tabId);
  });
  // In Firefox the popup may close while the permission prompt is up, before it hears the answer: the background
  // hears of the grant, and turns lookups on once everything they need is granted, if the reader's click was for
  // every name (not for one, from a card).
  const turnOnIfWanted = async () => {
    if (grantTurnsLookupsOn(await lookupsWantedAt.getValue(), Date.now()) && (await allGranted()))
      await onlineLookups.setValue(true);
  };
  browser.permissions.onAdded.addListener((p) => void (touchesLookups(p) && turnOnIfWanted()));
  browser.permissions.onRemoved.addListener((p) => void (touchesLookups(p) && onlineLookups.setValue(false)));
  let cache: Promise<LookupCache | undefined> | undefined;
  const client = createWikimediaClient({
    fetch: (url, init) => fetch(url, init),
    sleep,
    after: sleep,
    now: () => Date.now(),
    version: browser.runtime.getManifest().version,
  });
  return lookupService({
    extensionId: browser.runtime.id,
    // The setting, and in Firefox the consent to send what lookups send: taken back in the add-on's page, it
    // stops the lookups even if the setting has not caught up yet.
    isOn: async () => (await readSetting(browser.storage, ONLINE_LOOKUPS)) && (!needed.data_collection || allGranted()),
    lang: async () => wikiLanguage(await readSetting(browser.storage, WIKI_LANGUAGE), browser.i18n.getUILanguage()),
    cache: () => {
      cache ??= openLookupCache({ indexedDB, now: () => Date.now() }).catch(() => undefined);
      return cache;
    },
    choices: { get: () => wikiChoices.getValue(), set: (value) => wikiChoices.setValue(value) },
    client,
    signals,
    openTab: (url) => browser.tabs.create({ url }),
    permission,
    openLookupsPage: (openerTabId) => browser.tabs.create({ url: lookupsPage(), openerTabId }),
    now: () => Date.now(),
  });
}
