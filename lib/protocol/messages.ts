/**
 * Every message Backstory sends, in one place. Requests are validated where they
 * arrive: a content script runs beside untrusted page code, so the background
 * treats whatever it sends as input, and the content script does the same for
 * messages it receives.
 */
import type { Candidate } from '../detect/find-names';
import type { ArticleEntity } from '../entities/group-mentions';
import type { EntitySummary } from '../model';
import { hasOnly, isCandidate, isEnvelope, isRecord, NOT_A_MESSAGE, unknownType } from './checks';

/** Mentions one resolve may carry; a 10,000-word article has about 2,000. */
export const MAX_MENTIONS = 20_000;
/** Characters of text one detect request may carry, in all its parts: a 5 MB page fits. */
export const MAX_TEXT_CHARS = 10_000_000;
/** Characters of one read (and one request) detected: more than any article; the rest of a giant page is left. */
export const MAX_DETECT_CHARS = 2_000_000;
/** Parts one detect request may carry: new posts of a live blog, read together. */
export const MAX_PARTS = 5_000;

/**
 * Every field a mention may carry. The compiler keeps this list in step with
 * Candidate; a mention with any other field is refused with its message, so
 * nothing a page could smuggle in rides along into the background.
 */
const CANDIDATE_FIELDS = Object.keys({
  start: true,
  end: true,
  form: true,
  cue: true,
  weakCue: true,
  sentenceInitial: true,
  commonWord: true,
  fullName: true,
  role: true,
  aliasOf: true,
  inQuotedTitle: true,
  foreign: true,
  groupWord: true,
  commaNext: true,
  descriptor: true,
  dateline: true,
} satisfies Record<keyof Candidate, true>);

const isMention = (v: unknown): v is Candidate => isCandidate(v) && hasOnly(v, CANDIDATE_FIELDS);
const isTextList = (v: unknown): v is string[] => {
  if (!Array.isArray(v) || v.length > MAX_PARTS) return false;
  let total = 0;
  for (const t of v) {
    if (typeof t !== 'string') return false;
    total += t.length;
  }
  return total <= MAX_TEXT_CHARS;
};

/** Messages answered by the background. */
export interface BackgroundProtocol {
  /** The mentions in each of these texts: detection runs here, off the page's main thread. */
  'text/detect': { request: { texts: string[] }; response: { parts: Candidate[][] } };
  'text/resolve': { request: { mentions: Candidate[] }; response: { entities: ArticleEntity[] } };
}

export type PageStatus = 'article' | 'no-article' | 'off' | 'scanning';

export interface PageState {
  site: string;
  enabled: boolean;
  status: PageStatus;
  entities: EntitySummary[];
}

/**
 * Messages a content script sends to change a setting of its own site. The background takes the site from the
 * browser's sender information, never from the message, so a script can only ever touch the site it runs on.
 * Parsed in site.ts.
 */
export interface SiteProtocol {
  /** "Don't highlight <name> on this site", and its Undo; answers the site's hidden names. */
  'site/hide-name': { request: { name: string; hidden: boolean }; response: { names: string[] } };
}

/** What the keyboard commands ask of the page: a card for the selection or the first name in view, or the next. */
export type CardKeyAction = 'open' | 'next' | 'previous';
export const CARD_KEY_ACTIONS: readonly CardKeyAction[] = ['open', 'next', 'previous'];

/** Messages answered by the content script of one tab. */
export interface TabProtocol {
  'page/state': { request: Record<string, never>; response: PageState };
  'page/reveal': { request: { entityId: string }; response: { revealed: boolean } };
  /** Sent by the background when a keyboard command was pressed; answers whether a card opened. */
  'page/card': { request: { action: CardKeyAction }; response: { opened: boolean } };
}

export type MessageOf<P> = { [K in keyof P]: { type: K; data: Req<P, K> } }[keyof P];
type Req<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** What travels back: the answer, or a reason it could not be given. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export type Validated<M> = { ok: true; message: M } | { ok: false; error: string };

export function parseBackgroundMessage(raw: unknown): Validated<MessageOf<BackgroundProtocol>> {
  if (!isEnvelope(raw)) return NOT_A_MESSAGE;
  if (raw.type === 'text/detect') {
    const texts = raw.data.texts;
    if (!hasOnly(raw.data, ['texts']) || !isTextList(texts))
      return { ok: false, error: 'text/detect needs a list of texts' };
    return { ok: true, message: { type: 'text/detect', data: { texts } } };
  }
  if (raw.type === 'text/resolve') {
    const mentions = raw.data.mentions;
    const valid = Array.isArray(mentions) && mentions.length <= MAX_MENTIONS && mentions.every(isMention);
    if (!hasOnly(raw.data, ['mentions']) || !valid) {
      return { ok: false, error: 'text/resolve needs a list of mentions' };
    }
    return { ok: true, message: { type: 'text/resolve', data: { mentions } } };
  }
  return unknownType(raw.type);
}

export function parseTabMessage(raw: unknown): Validated<MessageOf<TabProtocol>> {
  if (!isEnvelope(raw)) return NOT_A_MESSAGE;
  if (raw.type === 'page/state') {
    if (!hasOnly(raw.data, [])) return { ok: false, error: 'page/state takes no data' };
    return { ok: true, message: { type: 'page/state', data: {} } };
  }
  if (raw.type === 'page/reveal') {
    const entityId = raw.data.entityId;
    if (!hasOnly(raw.data, ['entityId']) || typeof entityId !== 'string' || entityId.length > 400) {
      return { ok: false, error: 'page/reveal needs an entity id' };
    }
    return { ok: true, message: { type: 'page/reveal', data: { entityId } } };
  }
  if (raw.type === 'page/card') {
    const action = CARD_KEY_ACTIONS.find((a) => a === raw.data.action);
    if (!hasOnly(raw.data, ['action']) || !action)
      return { ok: false, error: 'page/card needs open, next or previous' };
    return { ok: true, message: { type: 'page/card', data: { action } } };
  }
  return unknownType(raw.type);
}

/** Unwraps a reply, turning a refusal or a missing answer into an Error. */
export function unwrapReply<T>(reply: unknown, what: string): T {
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    throw new Error(`${what}: no answer`);
  }
  if (!reply.ok) throw new Error(`${what}: ${String(reply.error)}`);
  return reply.data as T;
}
