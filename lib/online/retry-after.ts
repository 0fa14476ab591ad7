/** How long to wait before asking a host again after it said "too many requests" or "lagged", or did not answer. */

/** With no Retry-After, wait 1 s, then 2 s, then 4 s: Wikimedia's advice for a client that was told to slow down. */
export const BASE_BACKOFF_MS = 1_000;
/**
 * Wikimedia's APIs answer in well under a second. A request still open after this is stuck on a hung connection,
 * and the requests queued behind it for the same host would wait with it; it is cut off and tried again after the
 * same backoff as a host that asked to slow down.
 */
export const REQUEST_TIMEOUT_MS = 5_000;
/** A host that asks for more than this is not answering names for a hover; the lookup fails instead. */
export const MAX_WAIT_MS = 60_000;
/** Retries of one request after 429, maxlag or ratelimited; then the lookup fails as rate-limited. */
export const MAX_RETRIES = 3;

/**
 * The wait a Retry-After header asks for, in ms: delta-seconds or an HTTP date
 * (RFC 9110 §10.2.3). Undefined when the header is missing or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1_000;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffMs(attempt: number, header: string | null, now: number): number {
  return retryAfterMs(header, now) ?? BASE_BACKOFF_MS * 2 ** attempt;
}
