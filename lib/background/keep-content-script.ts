/**
 * Keeps the content script registered to match the site switches, from every
 * start of the background on: the browser may have dropped the registration
 * (an update, a first install) or kept an old one.
 */
import { readSetting, type StorageChangeLike, type StorageLike, watchSetting } from '../settings/read-setting';
import { SITE_SWITCHES, type SiteSwitches } from '../settings/settings';
import {
  type ContentScriptFiles,
  type ScriptingLike,
  sitesSwitchedOn,
  syncContentScript,
} from './content-registration';
import { startInOpenTabs, type TabStarter } from './start-in-open-tabs';

export interface ContentScriptHost {
  scripting: ScriptingLike;
  storage: StorageLike & { onChanged: StorageChangeLike };
  tabs: TabStarter;
  files: ContentScriptFiles;
  report(error: unknown): void;
}

export function keepContentScriptRegistered(host: ContentScriptHost): void {
  // One registration at a time: the first register and an update racing would clash on the script's id.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (switches: SiteSwitches) => {
    queue = queue.then(() => syncContentScript(host.scripting, host.files, switches)).catch(host.report);
    return queue;
  };
  // Listening starts at once, as an MV3 background must for the browser to wake it on a change.
  watchSetting(host.storage.onChanged, SITE_SWITCHES, (switches, before) => {
    void sync(switches).then(() => startInOpenTabs(host.tabs, sitesSwitchedOn(before, switches)).catch(host.report));
  });
  void readSetting(host.storage, SITE_SWITCHES).then(sync, host.report);
}
