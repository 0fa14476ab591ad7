/**
 * Every message Backstory sends, in one place. Requests are validated where they
 * arrive: a content script runs beside untrusted page code, so the background
 * treats whatever it sends as input, and the content script does the same for
 * messages it receives.
 */
import type { EntitySummary, ReferenceEntry } from './model';

export const MAX_LOOKUP_NAMES = 2000;
export const MAX_NAME_LENGTH = 200;

/** Messages answered by the background. */
export interface BackgroundProtocol {
  lookup: { request: { names: string[] }; response: { results: (ReferenceEntry | null)[] } };
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME_LENGTH;

export function parseBackgroundMessage(raw: unknown): Validated<MessageOf<BackgroundProtocol>> {
  if (!isRecord(raw) || !isRecord(raw.data)) return { ok: false, error: 'not a Backstory message' };
  if (raw.type === 'lookup') {
    const names = raw.data.names;
    if (!Array.isArray(names) || names.length > MAX_LOOKUP_NAMES || !names.every(isName)) {
      return { ok: false, error: 'lookup needs a list of short names' };
    }
    return { ok: true, message: { type: 'lookup', data: { names } } };
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
