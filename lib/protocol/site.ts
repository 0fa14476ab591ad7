/** Checks the messages of SiteProtocol (see protocol.ts) where they arrive, in the background. */

import { hasOnly, isEnvelope, NOT_A_MESSAGE, unknownType } from './checks';
import type { MessageOf, SiteProtocol, Validated } from './messages';

/** Longer than any name a card shows; a longer one is not a name the reader chose from a card. */
export const MAX_HIDDEN_NAME_LENGTH = 200;

export function parseSiteMessage(raw: unknown): Validated<MessageOf<SiteProtocol>> {
  if (!isEnvelope(raw)) return NOT_A_MESSAGE;
  if (raw.type === 'site/hide-name') {
    const { name, hidden } = raw.data;
    const valid = typeof name === 'string' && name.trim().length > 0 && name.length <= MAX_HIDDEN_NAME_LENGTH;
    if (!hasOnly(raw.data, ['name', 'hidden']) || !valid || typeof hidden !== 'boolean') {
      return { ok: false, error: 'site/hide-name needs a name and whether to hide it' };
    }
    return { ok: true, message: { type: 'site/hide-name', data: { name, hidden } } };
  }
  return unknownType(raw.type);
}
