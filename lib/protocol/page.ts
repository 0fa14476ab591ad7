/** Messages answered by the content script of one tab: sent by the popup and by the background's keyboard commands. */
import { type Protocol, parseMessage, type Validated } from './checks';
import { CARD_KEY_ACTIONS, type MessageOf, type PageState } from './messages';
import { oneOf, record, text } from './schema';

/** Longer than any entity id the page hands out. */
const MAX_ENTITY_ID = 400;

const PAGE_REQUESTS = {
  'page/state': record({}),
  'page/reveal': record({ entityId: text(MAX_ENTITY_ID) }),
  /** Sent by the background when a keyboard command was pressed; answers whether a card opened. */
  'page/card': record({ action: oneOf(CARD_KEY_ACTIONS) }),
};

export type TabProtocol = Protocol<
  typeof PAGE_REQUESTS,
  { 'page/state': PageState; 'page/reveal': { revealed: boolean }; 'page/card': { opened: boolean } }
>;

export const parseTabMessage = (raw: unknown): Validated<MessageOf<TabProtocol>> => parseMessage(PAGE_REQUESTS, raw);
