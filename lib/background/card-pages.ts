/**
 * Pages a card asks the background to open: a web page may not open the extension's own pages, and the card never
 * holds an extension address. The background builds every address itself.
 */

import { browser } from 'wxt/browser';
import { parseCardMessage } from '../protocol/card';
import type { Reply } from '../protocol/checks';
import { NOT_FROM_US } from '../protocol/checks';
import { isRecord } from '../protocol/schema';
import type { MessageSender } from './handle-message';

/** The sources and licences of the offline data, in full, as the pack ships them (scripts/pack writes it). */
export const LICENCES_PATH = '/pack/NOTICE.txt' as const;

export const isCardMessage = (raw: unknown): boolean =>
  isRecord(raw) && typeof raw.type === 'string' && raw.type.startsWith('card/');

/** `openTab` opens an address in a new tab beside the sender's. */
export function cardPages(extensionId: string, openTab: (url: string, openerTabId?: number) => Promise<unknown>) {
  return async (raw: unknown, sender: MessageSender): Promise<Reply<Record<string, never>>> => {
    if (sender.id !== extensionId) return NOT_FROM_US;
    const parsed = parseCardMessage(raw);
    if (!parsed.ok) return parsed;
    try {
      await openTab(browser.runtime.getURL(LICENCES_PATH), sender.tab?.id);
      return { ok: true, data: {} };
    } catch (error) {
      return { ok: false, error: `not opened: ${String(error)}` };
    }
  };
}
