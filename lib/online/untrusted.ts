/**
 * Readers for JSON from Wikimedia: every value is checked before use, because
 * a proxy, an outage page or a vandalised item can send anything.
 */

export type Json = unknown;

export function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: Json, key: string): Json {
  return isRecord(value) ? value[key] : undefined;
}

/** A string no longer than max, or undefined: huge strings are refused, not truncated into meaning. */
export function text(value: Json, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

export function list(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

export const QID = /^Q[1-9]\d{0,11}$/;

export function qidOf(value: Json): string | undefined {
  return typeof value === 'string' && QID.test(value) ? value : undefined;
}

/** Anything a server sends larger than this is not a summary or a search answer. */
export const MAX_BODY_CHARS = 4_000_000;

export type Parsed = { ok: true; json: Json } | { ok: false; message: string };

export function parseJson(body: string): Parsed {
  if (body.length > MAX_BODY_CHARS) return { ok: false, message: `response too large (${body.length} characters)` };
  try {
    return { ok: true, json: JSON.parse(body) as Json };
  } catch {
    return { ok: false, message: 'response is not JSON' };
  }
}
