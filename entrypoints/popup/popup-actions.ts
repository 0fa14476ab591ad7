import { browser } from 'wxt/browser';
import type { PopupModel } from '../../components/popup/Popup';
import { type MessageOf, type PageState, type TabProtocol, unwrapReply } from '../../lib/protocol';
import { isSiteEnabled, withSite } from '../../lib/settings';
import { siteSwitches } from '../../lib/settings-store';

/** How long a scan in progress is waited for before the popup shows what it has. */
const SCAN_POLL_MS = 150;
const SCAN_POLL_TRIES = 20;

/**
 * The tab the popup speaks about: the active tab, or the one named by
 * `?tab=ID` when the popup page is opened in a tab of its own.
 */
export async function findTargetTab(search: string): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function send(tabId: number, message: MessageOf<TabProtocol>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * The page's state, once its content script has caught up: `wantOn` says the
 * page was just switched on, so "off" still means the change has not reached
 * it yet. The site's switch is read from storage, not from the page, which
 * also stops for the global pause.
 */
export async function fetchPageState(tabId: number | null, wantOn = false): Promise<PopupModel> {
  if (tabId === null) return { kind: 'unsupported' };
  for (let attempt = 0; attempt < SCAN_POLL_TRIES; attempt++) {
    let page: PageState;
    try {
      page = unwrapReply<PageState>(await send(tabId, { type: 'page/state', data: {} }), 'page/state');
    } catch {
      // No content script answers on browser pages, extension stores and the like.
      return { kind: 'unsupported' };
    }
    const settled = page.status !== 'scanning' && !(wantOn && page.status === 'off');
    if (settled || attempt === SCAN_POLL_TRIES - 1) {
      return { kind: 'ready', page: { ...page, enabled: isSiteEnabled(await siteSwitches.getValue(), page.site) } };
    }
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
  }
  return { kind: 'unsupported' };
}

export async function switchSite(site: string, on: boolean): Promise<void> {
  await siteSwitches.setValue(withSite(await siteSwitches.getValue(), site, on));
}

export async function revealEntity(tabId: number, entityId: string): Promise<void> {
  await send(tabId, { type: 'page/reveal', data: { entityId } }).catch(() => undefined);
}
