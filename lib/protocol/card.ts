/** Messages a card sends for what only the background may open: checked where they arrive, in the background. */

import { hasOnly, isEnvelope, NOT_A_MESSAGE, unknownType } from './checks';
import type { MessageOf, Validated } from './messages';

export interface CardProtocol {
  /** The card's "Licences" link: the background opens the offline data's sources and licences in full. */
  'card/licences': { request: Record<string, never>; response: Record<string, never> };
}

export function parseCardMessage(raw: unknown): Validated<MessageOf<CardProtocol>> {
  if (!isEnvelope(raw)) return NOT_A_MESSAGE;
  if (raw.type === 'card/licences') {
    if (!hasOnly(raw.data, [])) return { ok: false, error: 'card/licences takes no data' };
    return { ok: true, message: { type: 'card/licences', data: {} } };
  }
  return unknownType(raw.type);
}
