import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardPages, isCardMessage } from '../../lib/background/card-pages';
import { fairQueue } from '../../lib/background/fair-queue';
import { answerSteps, type MessageSender, ownerOf } from '../../lib/background/handle-message';
import { referenceService } from '../../lib/background/reference-service';
import { isSiteMessage, siteSettings } from '../../lib/background/site-settings';
import { startOnlineLookups } from '../../lib/online/background-lookups';
import { isLookupMessage } from '../../lib/online/lookup-service';
import { loadPacks } from '../../lib/reference/load-pack';
import type { PACK_FILES } from '../../lib/reference/pack-format';
import { readSetting, watchSetting } from '../../lib/settings/read-setting';
import { GLOSSARIES } from '../../lib/settings/settings';
import { hiddenNames } from '../../lib/settings/store';
import { startCommands } from './commands';
import { startContentScripts } from './content-scripts';
import { startToolbarState } from './toolbar';

export default defineBackground(() => {
  startContentScripts();
  startToolbarState();
  startCommands();
  // Loaded at every start from the extension package and storage: the browser may
  // stop the background at any moment, so nothing that matters lives only in memory.
  const reference = referenceService({
    loadPack: () =>
      loadPacks(async (path) =>
        (await fetch(browser.runtime.getURL(`/${path}` as `/${(typeof PACK_FILES)[number]}`))).text(),
      ),
    readGlossaries: () => readSetting(browser.storage, GLOSSARIES),
    watchGlossaries: (onChange) => watchSetting(browser.storage.onChanged, GLOSSARIES, onChange),
  });
  const changeSite = siteSettings(browser.runtime.id, { get: hiddenNames.getValue, set: hiddenNames.setValue });
  const lookUp = startOnlineLookups();
  // Pages take turns, a step each, so a page made to be slow holds up only itself.
  const work = fairQueue(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const openForCard = cardPages(browser.runtime.id, (url, openerTabId) => browser.tabs.create({ url, openerTabId }));
  const answerers = [
    [isSiteMessage, changeSite],
    [isLookupMessage, lookUp],
    [isCardMessage, openForCard],
  ] as const;
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
      const answer = answerers.find(([is]) => is(message))?.[1];
      if (answer) {
        void answer(message, sender).then(sendResponse);
        return true;
      }
      reference()
        .then((ref) =>
          work.run(ownerOf(sender), answerSteps(message, sender, { extensionId: browser.runtime.id, reference: ref })),
        )
        .then(sendResponse)
        .catch((error: unknown) => sendResponse({ ok: false, error: `reference data unavailable: ${String(error)}` }));
      return true;
    },
  );
});
