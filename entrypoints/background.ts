import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, type MessageSender } from '../lib/background/handle-message';
import { loadReference } from '../lib/reference/load-reference';

export default defineBackground(() => {
  // Built at every start: the browser may stop the background at any moment,
  // so nothing that matters lives only in memory.
  const reference = loadReference();
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
      sendResponse(handleBackgroundMessage(message, sender, { extensionId: browser.runtime.id, reference }));
      return true;
    },
  );
});
