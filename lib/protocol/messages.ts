/**
 * What the protocol files share: the limits a message may reach, the page state the popup reads, and the reply
 * envelope. Each message is declared once, as a schema in the file of its prefix: text.ts (text/…), page.ts
 * (page/…), site.ts (site/…), lookup.ts (lookup/…), card.ts (card/…). Requests are checked where they arrive.
 */
import type { EntitySummary } from '../model';
import { isRecord } from './schema';

export type { MessageOf, Reply, ResponseOf, Validated } from './checks';

/** Mentions one resolve may carry; a 10,000-word article has about 2,000. */
export const MAX_MENTIONS = 20_000;
/** Characters of text one detect request may carry, in all its parts: a 5 MB page fits. */
export const MAX_TEXT_CHARS = 10_000_000;
/** Characters of one read (and one request) detected: more than any article; the rest of a giant page is left. */
export const MAX_DETECT_CHARS = 2_000_000;
/** Parts one detect request may carry: new posts of a live blog, read together. */
export const MAX_PARTS = 5_000;

/** Words around the name's mentions sent with a lookup: enough to tell namesakes apart, never sent to Wikimedia. */
export const MAX_LOOKUP_CONTEXT = 2_000;
export const MAX_LOOKUP_NAME = 100;

export type PageStatus = 'article' | 'no-article' | 'off' | 'scanning';

export interface PageState {
  site: string;
  enabled: boolean;
  status: PageStatus;
  entities: EntitySummary[];
}

/** What the keyboard commands ask of the page: a card for the selection or the first name in view, or the next. */
export type CardKeyAction = 'open' | 'next' | 'previous';
export const CARD_KEY_ACTIONS: readonly CardKeyAction[] = ['open', 'next', 'previous'];

/** Unwraps a reply, turning a refusal or a missing answer into an Error. */
export function unwrapReply<T>(reply: unknown, what: string): T {
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    throw new Error(`${what}: no answer`);
  }
  if (!reply.ok) throw new Error(`${what}: ${String(reply.error)}`);
  return reply.data as T;
}
