/**
 * Messages a content script sends to change a setting of its own site. The background takes the site from the
 * browser's sender information, never from the message, so a script can only ever touch the site it runs on.
 */
import { type Protocol, parseMessage, type Validated } from './checks';
import type { MessageOf } from './messages';
import { flag, record, text } from './schema';

/** Longer than any name a card shows; a longer one is not a name the reader chose from a card. */
export const MAX_HIDDEN_NAME_LENGTH = 200;

const SITE_REQUESTS = {
  /** "Don't highlight <name> on this site", and its Undo; answers the site's hidden names. */
  'site/hide-name': record({ name: text(MAX_HIDDEN_NAME_LENGTH, true), hidden: flag }),
};

export type SiteProtocol = Protocol<typeof SITE_REQUESTS, { 'site/hide-name': { names: string[] } }>;

export const parseSiteMessage = (raw: unknown): Validated<MessageOf<SiteProtocol>> => parseMessage(SITE_REQUESTS, raw);
