/**
 * Turning online lookups on and off, from a reader's click in the popup or the
 * options page (a content script cannot ask for permissions). On asks the browser
 * for the Wikimedia hosts first; off clears the setting first, then gives the
 * hosts back. Chrome may refuse to give back hosts that the all-sites access of
 * the content script also covers: that is harmless, since the background sends
 * nothing while the setting is off.
 */
import { browser } from 'wxt/browser';
import { lookupsWantedAt, onlineLookups } from './settings-store';

export const WIKIMEDIA_ORIGINS = ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*'];

/** Whether lookups are on afterwards. */
export async function setOnlineLookups(on: boolean): Promise<boolean> {
  if (!on) {
    await onlineLookups.setValue(false);
    await browser.permissions.remove({ origins: WIKIMEDIA_ORIGINS }).catch(() => false);
    return false;
  }
  // Not awaited: the request must come within the click, and the prompt gives the write all the time it needs.
  void lookupsWantedAt.setValue(Date.now()).catch(() => undefined);
  const granted = await browser.permissions.request({ origins: WIKIMEDIA_ORIGINS }).catch(() => false);
  if (granted) await onlineLookups.setValue(true);
  return granted;
}

/**
 * The permission one name's lookup needs, asked from Backstory's lookups page within the reader's click. Lookups
 * stay off: the background sends that one name, and the setting still decides for every other.
 */
export function allowOneLookup(): Promise<boolean> {
  return browser.permissions.request({ origins: WIKIMEDIA_ORIGINS }).catch(() => false);
}
