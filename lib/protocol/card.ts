/** Messages a card sends for what only the background may open: checked where they arrive, in the background. */
import { type Protocol, parseMessage, type Validated } from './checks';
import type { MessageOf } from './messages';
import { record } from './schema';

const CARD_REQUESTS = {
  /** The card's "Licences" link: the background opens the offline data's sources and licences in full. */
  'card/licences': record({}),
};

export type CardProtocol = Protocol<typeof CARD_REQUESTS, { 'card/licences': Record<string, never> }>;

export const parseCardMessage = (raw: unknown): Validated<MessageOf<CardProtocol>> => parseMessage(CARD_REQUESTS, raw);
