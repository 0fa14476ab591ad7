/**
 * The messages that carry an article's text to the background, where detection runs off the page's main thread.
 * The background treats whatever a content script sends as input: the script runs beside untrusted page code.
 */
import type { Candidate } from '../detect/find-names';
import type { ArticleEntity } from '../entities/group-mentions';
import { type Protocol, parseMessage, type Validated } from './checks';
import { PACKED_MENTIONS } from './mention';
import { MAX_PARTS, MAX_TEXT_CHARS, type MessageOf } from './messages';
import { list, record, text, where } from './schema';

const TEXT_REQUESTS = {
  /** The mentions in each of these texts. */
  'text/detect': record({
    texts: where(list(text(MAX_TEXT_CHARS), MAX_PARTS), (texts) => {
      let total = 0;
      for (const t of texts) total += t.length;
      return total <= MAX_TEXT_CHARS;
    }),
  }),
  /** The article's entities, from its mentions (packed: see packed-mentions.ts). */
  'text/resolve': record({ mentions: PACKED_MENTIONS }),
};

/** Messages answered by the background. */
export type BackgroundProtocol = Protocol<
  typeof TEXT_REQUESTS,
  { 'text/detect': { parts: Candidate[][] }; 'text/resolve': { entities: ArticleEntity[] } }
>;

export const parseBackgroundMessage = (raw: unknown): Validated<MessageOf<BackgroundProtocol>> =>
  parseMessage(TEXT_REQUESTS, raw);
