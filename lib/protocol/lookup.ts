/** Online lookup messages from the content script, checked where they arrive, in the background. */
import { HIGHLIGHT_TYPES } from '../model';
import type { OnlineView } from '../online/view';
import { isLang } from '../online/wikimedia-urls';
import { isWikiChoice } from '../settings/online';
import { type Protocol, parseMessage, type Validated } from './checks';
import { MAX_LOOKUP_CONTEXT, MAX_LOOKUP_NAME, type MessageOf } from './messages';
import { oneOf, orNull, record, text, where } from './schema';

const MAX_TITLE = 255;
/** Longer than any language code Wikipedia has. */
const MAX_LANG = 20;

const NAME = text(MAX_LOOKUP_NAME, true);
const NAME_IN_CONTEXT = record({ name: NAME, type: oneOf(HIGHLIGHT_TYPES), context: text(MAX_LOOKUP_CONTEXT) });

const LOOKUP_REQUESTS = {
  /** The card's online background for a name; answered from the cache first, the network only when lookups are on. */
  'lookup/name': NAME_IN_CONTEXT,
  /**
   * The reader clicked "Look up on Wikipedia" on the card: this one name, now, whether lookups are on or not. Asks
   * for the Wikimedia permission first, from an extension page, if the browser has not given it.
   */
  'lookup/once': NAME_IN_CONTEXT,
  /** The card's offer to look up every name: opens Backstory's lookups page, where the reader decides. */
  'lookup/offer': record({}),
  /**
   * Sent by the lookups page while the reader decides on one name's permission: it keeps the background awake, so
   * the card's lookup/once is still answered (Firefox suspends a background page idle for 30 s, answer pending or not).
   */
  'lookup/waiting': record({}),
  /** "Not this one": remembered for the name on the sender's site; null forgets it. */
  'lookup/choose': record({ name: NAME, choice: orNull(isWikiChoice) }),
  /** "Read on Wikipedia": the background builds the address from the language and title. */
  'lookup/open': record({ lang: where(text(MAX_LANG), isLang), title: text(MAX_TITLE, true) }),
};

type Nothing = Record<string, never>;
export type LookupProtocol = Protocol<
  typeof LOOKUP_REQUESTS,
  {
    'lookup/name': OnlineView;
    'lookup/once': OnlineView;
    'lookup/offer': Nothing;
    'lookup/waiting': Nothing;
    'lookup/choose': Nothing;
    'lookup/open': Nothing;
  }
>;

export const parseLookupMessage = (raw: unknown): Validated<MessageOf<LookupProtocol>> =>
  parseMessage(LOOKUP_REQUESTS, raw);
