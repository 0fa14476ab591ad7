/**
 * What every message shares: the envelope, the refusals, and the one parser that checks a message against its
 * protocol's schemas (schema.ts), so each protocol file is only its list of messages.
 */
import { type Infer, isRecord, type Schema } from './schema';

/** A protocol's requests: each message type, and the schema its data must fit. */
export type Requests = Record<string, Schema<object>>;

/** A protocol read from its request schemas and the responses each message gets. */
export type Protocol<S extends Requests, R extends { [K in keyof S]: unknown }> = {
  [K in keyof S]: { request: Infer<S[K]>; response: R[K] };
};

export type MessageOf<P> = { [K in keyof P]: { type: K; data: Req<P, K> } }[keyof P];
type Req<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** What travels back: the answer, or a reason it could not be given. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export type Validated<M> = { ok: true; message: M } | { ok: false; error: string };

/** The refusals every handler gives before it reads a message: not shaped as ours, or not sent by us. */
export const NOT_A_MESSAGE = { ok: false as const, error: 'not a Backstory message' };
export const NOT_FROM_US = { ok: false as const, error: 'sender is not Backstory' };

/** A refusal names the type it refused, cut short: a refusal is never bigger than a line. */
const MAX_ECHOED_TYPE = 40;
const echo = (type: unknown) => (typeof type === 'string' ? type.slice(0, MAX_ECHOED_TYPE) : typeof type);

/**
 * A message is exactly a type and its data, and the data fits its type's schema: extra fields are refused, not
 * ignored. The type is looked up among the protocol's own keys, never its prototype's.
 */
export function parseMessage<S extends Requests>(
  requests: S,
  raw: unknown,
): Validated<MessageOf<{ [K in keyof S]: { request: Infer<S[K]> } }>> {
  if (!isRecord(raw) || !isRecord(raw.data) || !Object.keys(raw).every((k) => k === 'type' || k === 'data')) {
    return NOT_A_MESSAGE;
  }
  const { type, data } = raw;
  if (typeof type !== 'string' || !Object.hasOwn(requests, type)) {
    return { ok: false, error: `unknown message type: ${echo(type)}` };
  }
  if (!(requests[type] as Schema<object>)(data)) return { ok: false, error: `${type}: its data does not fit` };
  return { ok: true, message: { type, data } as MessageOf<{ [K in keyof S]: { request: Infer<S[K]> } }> };
}
