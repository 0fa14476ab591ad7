import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, type MessageSender } from '../lib/background/handle-message';
import { fetchPack } from '../lib/reference/load-pack';
import { PACK_PATH } from '../lib/reference/pack-format';

export default defineBackground(() => {
  // Loaded at every start from the extension package: the browser may stop the
  // background at any moment, so nothing that matters lives only in memory.
  const reference = fetchPack(async () => (await fetch(browser.runtime.getURL(`/${PACK_PATH}`))).text());
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
