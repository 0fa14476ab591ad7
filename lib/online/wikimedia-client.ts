/**
 * The one way the online lookup talks to Wikimedia: one request per host at a
 * time, a header naming Backstory, no cookies or referrer, a deadline for every
 * request, backoff when told to slow down or when a request ran out of time,
 * and JSON checked before anyone reads it. fetch and the clock are passed in,
 * so tests need neither a network nor real waiting.
 */
import { AbortedError, HostQueue, throwIfAborted, unlessAborted } from './host-queue';
import type { FailureReason } from './lookup-types';
import { RequestLog } from './request-log';
import { backoffMs, MAX_RETRIES, MAX_WAIT_MS, REQUEST_TIMEOUT_MS } from './retry-after';
import { field, type Json, parseJson, text } from './untrusted';
import { isAllowedRequest } from './wikimedia-urls';

export interface ResponseLike {
  status: number;
  url?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface ClientDeps {
  fetch: FetchLike;
  /** Waits ms, or rejects early when the signal aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Resolves once ms have passed, or never if the signal aborts first: a request's deadline. */
  after: (ms: number, signal: AbortSignal) => Promise<void>;
  now: () => number;
  /** Backstory's version, for the Api-User-Agent header. */
  version: string;
}

export type JsonReply =
  | { ok: true; status: number; json: Json }
  | { ok: false; reason: FailureReason; message: string; status?: number };

export interface WikimediaClient {
  getJson(url: URL, signal?: AbortSignal): Promise<JsonReply>;
  readonly log: RequestLog;
}

/** An answer that says to try again later: "slow down", or no answer in time. Both back off the same way. */
interface Retry {
  retryAfter: string | null;
  timedOut?: boolean;
}

/** Wikidata's answers that mean "slow down", sent with HTTP 200 (maxlag) or 429 (ratelimited). */
const SLOW_DOWN_CODES = new Set(['maxlag', 'ratelimited']);

export function userAgent(version: string): string {
  const safe = /^[0-9A-Za-z.+-]{1,32}$/.test(version) ? version : 'unknown';
  return `Backstory/${safe} (browser extension; sends only names found in news articles)`;
}

const fail = (reason: FailureReason, message: string, status?: number): JsonReply => ({
  ok: false,
  reason,
  message,
  status,
});

export function createWikimediaClient(deps: ClientDeps): WikimediaClient {
  const queue = new HostQueue();
  const log = new RequestLog();
  const init = (signal?: AbortSignal): RequestInit => ({
    headers: { 'Api-User-Agent': userAgent(deps.version), Accept: 'application/json' },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal,
  });

  async function attempt(url: URL, signal?: AbortSignal): Promise<JsonReply | Retry> {
    throwIfAborted(signal);
    let response: ResponseLike;
    let body: string;
    // A request that hangs would hold its host's queue, and every lookup behind it, for good.
    const ends = new AbortController();
    const end = () => ends.abort();
    signal?.addEventListener('abort', end, { once: true });
    let timedOut = false;
    deps.after(REQUEST_TIMEOUT_MS, ends.signal).then(
      () => {
        timedOut = true;
        end();
      },
      () => undefined,
    );
    try {
      response = await unlessAborted(deps.fetch(url.href, init(ends.signal)), ends.signal);
      body = await unlessAborted(response.text(), ends.signal);
    } catch (error) {
      log.record({ url: url.href, host: url.hostname, status: 0, at: deps.now() });
      if (timedOut && !signal?.aborted) return { retryAfter: null, timedOut: true };
      if (signal?.aborted || error instanceof AbortedError) throw new AbortedError();
      return fail('network', `no answer from ${url.hostname}`);
    } finally {
      signal?.removeEventListener('abort', end);
      end();
    }
    const { status } = response;
    log.record({ url: url.href, host: url.hostname, status, at: deps.now() });
    if (response.url && !isAllowedRequest(new URL(response.url))) return fail('http', 'redirected off Wikimedia');
    const retryAfter = response.headers.get('Retry-After');
    if (status === 429 || (status === 503 && retryAfter !== null)) return { retryAfter };
    const parsed = parseJson(body);
    const code = parsed.ok ? text(field(field(parsed.json, 'error'), 'code'), 100) : undefined;
    if (code && SLOW_DOWN_CODES.has(code)) return { retryAfter };
    if (status === 404) return { ok: true, status, json: parsed.ok ? parsed.json : null };
    if (status < 200 || status > 299) return fail('http', `HTTP ${status} from ${url.hostname}`, status);
    if (!parsed.ok) return fail('malformed', `${parsed.message} from ${url.hostname}`, status);
    if (code) return fail('api-error', `${url.hostname} answered with error "${code}"`, status);
    return { ok: true, status, json: parsed.json };
  }

  async function withRetries(url: URL, signal?: AbortSignal): Promise<JsonReply> {
    for (let tries = 0; ; tries++) {
      const reply = await attempt(url, signal);
      if (!('retryAfter' in reply)) return reply;
      const wait = backoffMs(tries, reply.retryAfter, deps.now());
      if (tries >= MAX_RETRIES && reply.timedOut)
        return fail('timeout', `${url.hostname} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
      if (tries >= MAX_RETRIES) return fail('rate-limited', `${url.hostname} still asks to slow down`);
      if (wait > MAX_WAIT_MS) return fail('rate-limited', `${url.hostname} asks to wait ${Math.round(wait / 1000)} s`);
      await unlessAborted(deps.sleep(wait, signal), signal);
    }
  }

  return {
    log,
    async getJson(url, signal) {
      if (!isAllowedRequest(url)) return fail('invalid-input', 'not a Wikipedia or Wikidata API address');
      try {
        return await queue.run(url.hostname, signal, () => withRetries(url, signal));
      } catch (error) {
        if (error instanceof AbortedError || signal?.aborted) return fail('aborted', 'the lookup was cancelled');
        return fail('network', 'the request failed');
      }
    },
  };
}
