/**
 * The background's side of "Don't highlight <name> on this site": the one
 * place that writes the hidden names. The site is the page the message came
 * from, as the browser reports it, so a content script can only hide names on
 * its own site; the card sends the message only for a click the browser made.
 */

import type { Reply } from '../protocol/checks';
import { NOT_FROM_US } from '../protocol/checks';
import { isRecord } from '../protocol/schema';
import { parseSiteMessage } from '../protocol/site';
import { type HiddenNames, hiddenOnSite, withHiddenName } from '../settings/settings';
import { webHost } from '../util/web-host';
import type { MessageSender } from './handle-message';

export interface HiddenNamesStore {
  get(): Promise<HiddenNames>;
  set(value: HiddenNames): Promise<void>;
}

export const isSiteMessage = (raw: unknown): boolean =>
  isRecord(raw) && typeof raw.type === 'string' && raw.type.startsWith('site/');

/** The web page a content script runs in; extension pages and other senders have none. */
function siteOf(sender: MessageSender): string | null {
  return sender.tab ? webHost(sender.url) : null;
}

export function siteSettings(extensionId: string, store: HiddenNamesStore) {
  // One write at a time: two quick clicks must not read the same old list and lose one of the names.
  let queue: Promise<unknown> = Promise.resolve();
  return (raw: unknown, sender: MessageSender): Promise<Reply<{ names: string[] }>> => {
    if (sender.id !== extensionId) return Promise.resolve(NOT_FROM_US);
    const site = siteOf(sender);
    if (!site) return Promise.resolve({ ok: false, error: 'only a web page can change its own site' });
    const parsed = parseSiteMessage(raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const { name, hidden } = parsed.message.data;
    const write = queue.then(async () => {
      const next = withHiddenName(await store.get(), site, name, hidden);
      await store.set(next);
      return { ok: true as const, data: { names: hiddenOnSite(next, site) } };
    });
    queue = write.catch(() => undefined);
    return write.catch((error: unknown) => ({ ok: false as const, error: `not saved: ${String(error)}` }));
  };
}
