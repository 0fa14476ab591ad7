import { browser } from 'wxt/browser';
import { keepContentScriptRegistered } from '../../lib/background/keep-content-script';

// Built by WXT from entrypoints/content-script/ (an unlisted script: see lib/page/script-lifetime.ts for why).
const CONTENT_JS = 'content-script.js';
const CONTENT_SCRIPT = { js: [CONTENT_JS], css: ['assets/content-script.css'] };

/** The content script, registered for every site not switched off, and started in tabs of a site switched back on. */
export function startContentScripts(): void {
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
}
