import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, type MessageSender } from '../lib/background/handle-message';
import { referenceService } from '../lib/background/reference-service';
import { readSetting, watchSetting } from '../lib/read-setting';
import { loadPacks } from '../lib/reference/load-pack';
import type { PACK_PATH } from '../lib/reference/pack-format';
import { GLOSSARIES } from '../lib/settings';

export default defineBackground(() => {
  // Loaded at every start from the extension package and storage: the browser may
  // stop the background at any moment, so nothing that matters lives only in memory.
  const reference = referenceService({
    loadPack: () =>
      loadPacks(async (path) => (await fetch(browser.runtime.getURL(`/${path}` as `/${typeof PACK_PATH}`))).text()),
    readGlossaries: () => readSetting(browser.storage, GLOSSARIES),
    watchGlossaries: (onChange) => watchSetting(browser.storage.onChanged, GLOSSARIES, onChange),
  });
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
      reference()
        .then((ref) =>
          sendResponse(handleBackgroundMessage(message, sender, { extensionId: browser.runtime.id, reference: ref })),
        )
        .catch((error: unknown) => sendResponse({ ok: false, error: `reference data unavailable: ${String(error)}` }));
      return true;
    },
  );
});
