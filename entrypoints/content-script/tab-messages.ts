import type { browser as extensionApi } from 'wxt/browser';

type Browser = typeof extensionApi;

import type { PageSession } from '../../lib/page/page-session';
import type { Reply } from '../../lib/protocol/messages';
import { parseTabMessage } from '../../lib/protocol/page';

/** Answers the popup's questions about this page, and the keyboard commands the background passes on. */
export function listenForTabMessages(browser: Browser, session: PageSession, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: Reply<unknown>) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = parseTabMessage(raw);
    if (!parsed.ok) {
      sendResponse(parsed);
      return true;
    }
    const { message } = parsed;
    if (message.type === 'page/state') sendResponse({ ok: true, data: session.state() });
    else if (message.type === 'page/reveal')
      sendResponse({ ok: true, data: { revealed: session.reveal(message.data.entityId) } });
    else sendResponse({ ok: true, data: { opened: session.view.command(message.data.action) } });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
