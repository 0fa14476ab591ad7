import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage, type MessageSender } from '../lib/background/handle-message';
import { keepContentScriptRegistered } from '../lib/background/keep-content-script';
import { referenceService } from '../lib/background/reference-service';
import { readSetting, watchSetting } from '../lib/read-setting';
import { loadPacks } from '../lib/reference/load-pack';
import type { PACK_PATH } from '../lib/reference/pack-format';
import { GLOSSARIES } from '../lib/settings';

const CONTENT_JS = 'content-scripts/content.js';
const CONTENT_SCRIPT = { js: [CONTENT_JS], css: ['content-scripts/content.css'] };

export default defineBackground(() => {
  keepContentScriptRegistered({
    scripting: browser.scripting,
    storage: browser.storage,
    files: CONTENT_SCRIPT,
    report: (error) => console.error('Backstory content script registration:', error),
    tabs: {
      openTabs: () => browser.tabs.query({}),
      isRunning: (tabId) =>
        browser.tabs.sendMessage(tabId, { type: 'page/state', data: {} }).then(
          () => true,
          () => false,
        ),
      start: async (tabId) => {
        await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT.css });
        await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_JS}` as const] });
      },
    },
  });
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
