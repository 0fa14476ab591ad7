import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, type MessageSender } from '../lib/background/handle-message';
import { loadPacks } from '../lib/reference/load-pack';
import type { PACK_PATH } from '../lib/reference/pack-format';

export default defineBackground(() => {
  // Loaded at every start from the extension package: the browser may stop the
  // background at any moment, so nothing that matters lives only in memory.
  const reference = loadPacks(async (path) =>
    (await fetch(browser.runtime.getURL(`/${path}` as `/${typeof PACK_PATH}`))).text(),
  );
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
      reference
        .then((ref) =>
          sendResponse(handleBackgroundMessage(message, sender, { extensionId: browser.runtime.id, reference: ref })),
        )
        .catch((error: unknown) => sendResponse({ ok: false, error: `knowledge pack unavailable: ${String(error)}` }));
      return true;
    },
  );
});
