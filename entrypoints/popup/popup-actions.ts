import { browser } from 'wxt/browser';
import type { MessageOf } from '../../lib/protocol/messages';
import type { TabProtocol } from '../../lib/protocol/page';
import { withSite } from '../../lib/settings/settings';
import { siteSwitches } from '../../lib/settings/store';

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

export function send(tabId: number, message: MessageOf<TabProtocol>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export async function switchSite(site: string, on: boolean): Promise<void> {
  await siteSwitches.setValue(withSite(await siteSwitches.getValue(), site, on));
}

export async function revealEntity(tabId: number, entityId: string): Promise<void> {
  await send(tabId, { type: 'page/reveal', data: { entityId } }).catch(() => undefined);
}
