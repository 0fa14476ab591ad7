import { browser } from 'wxt/browser';
import type { PopupModel } from '../../components/popup/Popup';
import { type PageState, unwrapReply } from '../../lib/protocol';
import { isSiteEnabled, siteKey } from '../../lib/settings';
import { siteSwitches } from '../../lib/settings-store';
import { send } from './popup-actions';

/** How long a scan in progress is waited for before the popup shows what it has. */
const SCAN_POLL_MS = 150;
const SCAN_POLL_TRIES = 20;

export async function fetchPageState(tabId: number | null): Promise<PopupModel> {
  if (tabId === null) return { kind: 'unsupported' };
  for (let attempt = 0; attempt < SCAN_POLL_TRIES; attempt++) {
    let page: PageState;
    try {
      page = unwrapReply<PageState>(await send(tabId, { type: 'page/state', data: {} }), 'page/state');
    } catch {
      // No content script answers on browser pages and extension stores, nor on sites switched off,
      // where the browser no longer injects it; the switch must still be offered there.
      return switchedOffState(tabId);
    }
    if (page.status !== 'scanning') return { kind: 'ready', page };
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
  }
  return { kind: 'unsupported' };
}

async function switchedOffState(tabId: number): Promise<PopupModel> {
  const url = await browser.tabs.get(tabId).then(
    (tab) => (tab.url ? new URL(tab.url) : null),
    () => null,
  );
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return { kind: 'unsupported' };
  if (isSiteEnabled(await siteSwitches.getValue(), url.hostname)) return { kind: 'unsupported' };
  return { kind: 'ready', page: { site: siteKey(url.hostname), enabled: false, status: 'off', entities: [] } };
}

/**
 * Waits for the content script the background starts in a tab whose site was just switched on:
 * until it answers, the tab has no script and would read as a page Backstory cannot touch.
 */
export async function fetchStartedPageState(tabId: number | null): Promise<PopupModel> {
  let model = await fetchPageState(tabId);
  for (let attempt = 1; attempt < SCAN_POLL_TRIES && !(model.kind === 'ready' && model.page.enabled); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
    model = await fetchPageState(tabId);
  }
  return model;
}
