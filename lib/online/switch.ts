/**
 * Turning online lookups on and off, from a reader's click in the popup or the
 * options page (a content script cannot ask for permissions). On asks the browser
 * for the Wikimedia hosts first, and in Firefox for consent to the data category
 * the lookups send, in the same prompt; off clears the setting first, then gives
 * both back. Chrome may refuse to give back hosts that the all-sites access of
 * the content script also covers: that is harmless, since the background sends
 * nothing while the setting is off.
 */
import { browser } from 'wxt/browser';
import { lookupsWantedAt, onlineLookups } from '../settings/store';
import { type ManifestLike, onlinePermissions, type PermissionsLike } from './permissions';

export interface SwitchDeps {
  permissions: PermissionsLike;
  manifest: ManifestLike;
  setOn(on: boolean): Promise<void>;
  /** Notes the time of the reader's click for every name, so the background takes a grant that follows as its answer. */
  markWanted?(): Promise<void>;
}

const browserDeps = (): SwitchDeps => ({
  permissions: browser.permissions as unknown as PermissionsLike,
  manifest: browser.runtime.getManifest() as ManifestLike,
  setOn: (on) => onlineLookups.setValue(on),
  markWanted: () => lookupsWantedAt.setValue(Date.now()),
});

/** Whether lookups are on afterwards. */
export async function setOnlineLookups(on: boolean, deps: SwitchDeps = browserDeps()): Promise<boolean> {
  const wanted = onlinePermissions(deps.manifest);
  if (!on) {
    await deps.setOn(false);
    await deps.permissions.remove(wanted).catch(() => false);
    return false;
  }
  // Not awaited: the request must come within the click, and the prompt gives the write all the time it needs.
  void deps.markWanted?.().catch(() => undefined);
  const granted = await deps.permissions.request(wanted).catch(() => false);
  if (granted) await deps.setOn(true);
  return granted;
}

/**
 * The permission one name's lookup needs, asked from Backstory's lookups page within the reader's click. Lookups
 * stay off: the background sends that one name, and the setting still decides for every other.
 */
export function allowOneLookup(deps: SwitchDeps = browserDeps()): Promise<boolean> {
  return deps.permissions.request(onlinePermissions(deps.manifest)).catch(() => false);
}
