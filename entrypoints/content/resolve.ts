import type { browser as extensionApi } from 'wxt/browser';
import type { Candidate } from '../../lib/detect/find-names';
import type { ArticleEntity } from '../../lib/entities/group-mentions';
import {
  type BackgroundProtocol,
  MAX_MENTIONS,
  type MessageOf,
  type ResponseOf,
  unwrapReply,
} from '../../lib/protocol';

type Browser = typeof extensionApi;

/** Asks the background to resolve the page's mentions into entities. */
export async function resolveInBackground(browser: Browser, mentions: Candidate[]): Promise<ArticleEntity[]> {
  // Past the cap, the rest of a giant page goes unhighlighted rather than unread by the background.
  const message: MessageOf<BackgroundProtocol> = {
    type: 'resolve',
    data: { mentions: mentions.slice(0, MAX_MENTIONS) },
  };
  const reply = await browser.runtime.sendMessage(message);
  return unwrapReply<ResponseOf<BackgroundProtocol, 'resolve'>>(reply, 'resolve').entities;
}
