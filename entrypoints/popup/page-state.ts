import { browser } from 'wxt/browser';
import type { PopupModel } from '../../components/popup/Popup';
import { type PageState, unwrapReply } from '../../lib/protocol/messages';
import { isSiteEnabled, siteKey } from '../../lib/settings/settings';
import { siteSwitches } from '../../lib/settings/store';
import { webHost } from '../../lib/util/web-host';
import { send } from './popup-actions';

/** How long a scan in progress is waited for before the popup shows what it has. */
const SCAN_POLL_MS = 150;
const SCAN_POLL_TRIES = 20;

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
      // No content script: a browser page or store, a site switched off (the browser no longer
      // injects it there), or one just switched on whose script the background is starting.
      const off = await switchedOffState(tabId);
      if (off.kind === 'ready' || !wantOn || attempt === SCAN_POLL_TRIES - 1) return off;
      await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
      continue;
    }
    const settled = page.status !== 'scanning' && !(wantOn && page.status === 'off');
    if (settled || attempt === SCAN_POLL_TRIES - 1) {
      return { kind: 'ready', page: { ...page, enabled: isSiteEnabled(await siteSwitches.getValue(), page.site) } };
    }
    await new Promise((resolve) => setTimeout(resolve, SCAN_POLL_MS));
  }
  return { kind: 'unsupported' };
}

async function switchedOffState(tabId: number): Promise<PopupModel> {
  const host = await browser.tabs.get(tabId).then(
    (tab) => webHost(tab?.url),
    () => null,
  );
  if (host === null || isSiteEnabled(await siteSwitches.getValue(), host)) return { kind: 'unsupported' };
  return { kind: 'ready', page: { site: siteKey(host), enabled: false, status: 'off', entities: [] } };
}
