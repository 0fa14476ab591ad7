import type { browser as extensionApi } from 'wxt/browser';

type Browser = typeof extensionApi;

import type { ReferenceEntry } from '../../lib/model';
import {
  type BackgroundProtocol,
  MAX_LOOKUP_NAMES,
  type MessageOf,
  type ResponseOf,
  unwrapReply,
} from '../../lib/protocol';

/** Asks the background about names, in batches the protocol accepts. */
export async function lookupInBackground(browser: Browser, names: string[]): Promise<(ReferenceEntry | null)[]> {
  const out: (ReferenceEntry | null)[] = [];
  for (let i = 0; i < names.length; i += MAX_LOOKUP_NAMES) {
    const message: MessageOf<BackgroundProtocol> = {
      type: 'lookup',
      data: { names: names.slice(i, i + MAX_LOOKUP_NAMES) },
    };
    const reply = await browser.runtime.sendMessage(message);
    out.push(...unwrapReply<ResponseOf<BackgroundProtocol, 'lookup'>>(reply, 'lookup').results);
  }
  return out;
}
