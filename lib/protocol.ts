/**
 * Every message Backstory sends, in one place. Requests are validated where they
 * arrive: a content script runs beside untrusted page code, so the background
 * treats whatever it sends as input, and the content script does the same for
 * messages it receives.
 */
import type { Candidate } from './detect/find-names';
import type { ArticleEntity } from './entities/group-mentions';
import type { EntitySummary } from './model';
import { isCandidate, isRecord, isWord } from './protocol-checks';

/** Mentions one resolve may carry; a 10,000-word article has about 2,000. */
export const MAX_MENTIONS = 20_000;
/** Distinct words one terms request may carry. */
export const MAX_WORDS = 50_000;

/** Messages answered by the background. */
export interface BackgroundProtocol {
  /** Which known terms could occur in a text with these words. */
  terms: { request: { words: string[] }; response: { phrases: string[] } };
  resolve: { request: { mentions: Candidate[] }; response: { entities: ArticleEntity[] } };
}

export type PageStatus = 'article' | 'no-article' | 'off' | 'scanning';

export interface PageState {
  site: string;
  enabled: boolean;
  status: PageStatus;
  entities: EntitySummary[];
}

/** Messages answered by the content script of one tab. */
export interface TabProtocol {
  'page/state': { request: Record<string, never>; response: PageState };
  'page/reveal': { request: { entityId: string }; response: { revealed: boolean } };
}

export type MessageOf<P> = { [K in keyof P]: { type: K; data: Req<P, K> } }[keyof P];
type Req<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** What travels back: the answer, or a reason it could not be given. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export type Validated<M> = { ok: true; message: M } | { ok: false; error: string };

export function parseBackgroundMessage(raw: unknown): Validated<MessageOf<BackgroundProtocol>> {
  if (!isRecord(raw) || !isRecord(raw.data)) return { ok: false, error: 'not a Backstory message' };
  if (raw.type === 'terms') {
    const words = raw.data.words;
    if (!Array.isArray(words) || words.length > MAX_WORDS || !words.every(isWord)) {
      return { ok: false, error: 'terms needs a list of words' };
    }
    return { ok: true, message: { type: 'terms', data: { words } } };
  }
  if (raw.type === 'resolve') {
    const mentions = raw.data.mentions;
    if (!Array.isArray(mentions) || mentions.length > MAX_MENTIONS || !mentions.every(isCandidate)) {
      return { ok: false, error: 'resolve needs a list of mentions' };
    }
    return { ok: true, message: { type: 'resolve', data: { mentions } } };
  }
  return { ok: false, error: `unknown message type: ${String(raw.type)}` };
}

export function parseTabMessage(raw: unknown): Validated<MessageOf<TabProtocol>> {
  if (!isRecord(raw) || !isRecord(raw.data)) return { ok: false, error: 'not a Backstory message' };
  if (raw.type === 'page/state') return { ok: true, message: { type: 'page/state', data: {} } };
  if (raw.type === 'page/reveal') {
    const entityId = raw.data.entityId;
    if (typeof entityId !== 'string' || entityId.length > 400) {
      return { ok: false, error: 'page/reveal needs an entity id' };
    }
    return { ok: true, message: { type: 'page/reveal', data: { entityId } } };
  }
  return { ok: false, error: `unknown message type: ${String(raw.type)}` };
}

/** Unwraps a reply, turning a refusal or a missing answer into an Error. */
export function unwrapReply<T>(reply: unknown, what: string): T {
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    throw new Error(`${what}: no answer`);
  }
  if (!reply.ok) throw new Error(`${what}: ${String(reply.error)}`);
  return reply.data as T;
}
