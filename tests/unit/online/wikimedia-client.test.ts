/** The polite client: its header, its backoff, one request per host, and cancellation. */
import { describe, expect, it } from 'vitest';
import { MAX_RETRIES, REQUEST_TIMEOUT_MS } from '../../../lib/online/retry-after';
import { createWikimediaClient, type FetchLike, type ResponseLike } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, fixture, reply } from '../../helpers/fake-wikimedia';

const API = new URL('https://www.wikidata.org/w/api.php?action=wbsearchentities&search=Max&format=json');
const OK = { body: { search: [], success: 1 } };

function clientWith(replies: Parameters<typeof reply>[0][], clock = fakeClock()) {
  const network = fakeNetwork(() => replies.shift() ?? OK);
  return { client: createWikimediaClient({ ...clock, fetch: network.fetch, version: '0.1.0' }), network, clock };
}

describe('the Wikimedia client', () => {
  it('names Backstory and its version, and sends no cookies or referrer', async () => {
    const { client, network } = clientWith([]);
    await client.getJson(API);
    const init = network.requests[0]?.init;
    expect(((init?.headers ?? {}) as Record<string, string>)['Api-User-Agent']).toMatch(
      /^Backstory\/0\.1\.0 \(browser extension; /,
    );
    expect(init?.credentials).toBe('omit');
    expect(init?.referrerPolicy).toBe('no-referrer');
  });

  it('waits as long as Retry-After says in seconds after a 429, then asks again', async () => {
    const { client, network, clock } = clientWith([{ status: 429, body: '', headers: { 'Retry-After': '7' } }]);
    expect(await client.getJson(API)).toMatchObject({ ok: true, status: 200 });
    expect(clock.waits).toEqual([7_000]);
    expect(network.requests).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP date too', async () => {
    const clock = fakeClock(Date.UTC(2026, 10, 25, 12, 0, 0));
    const headers = { 'Retry-After': 'Wed, 25 Nov 2026 12:00:12 GMT' };
    const { client } = clientWith([{ status: 429, body: '', headers }], clock);
    await client.getJson(API);
    expect(clock.waits).toEqual([12_000]);
  });

  it('backs off 1, 2 and 4 seconds without Retry-After, then gives up as rate-limited', async () => {
    const limited = { status: 429, body: '' };
    const { client, network, clock } = clientWith(Array(10).fill(limited));
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(clock.waits).toEqual([1_000, 2_000, 4_000]);
    expect(network.requests).toHaveLength(MAX_RETRIES + 1);
  });

  it('gives up at once when asked to wait longer than a hover is worth', async () => {
    const { client, clock } = clientWith([{ status: 429, body: '', headers: { 'Retry-After': '3600' } }]);
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(clock.waits).toEqual([]);
  });

  it.each(['wikidata-maxlag', 'wikidata-ratelimited'])(
    'backs off on Wikidata %s errors sent with HTTP 200',
    async (name) => {
      const { client, clock } = clientWith([{ body: fixture(name), headers: { 'Retry-After': '5' } }]);
      expect(await client.getJson(API)).toMatchObject({ ok: true });
      expect(clock.waits).toEqual([5_000]);
    },
  );

  it('reports malformed JSON, server errors and other API errors without throwing', async () => {
    const { client } = clientWith([
      { body: '{"search": [' },
      { status: 500, body: '<html>oops</html>' },
      { body: { error: { code: 'badvalue', info: 'x' } } },
      { body: 'x'.repeat(4_000_001) },
    ]);
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'http', status: 500 });
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'api-error' });
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('reports a network failure and refuses addresses off the two hosts', async () => {
    const failing: FetchLike = async () => Promise.reject(new TypeError('Failed to fetch'));
    const client = createWikimediaClient({ ...fakeClock(), fetch: failing, version: '1' });
    expect(await client.getJson(API)).toMatchObject({ ok: false, reason: 'network' });
    expect(await client.getJson(new URL('https://example.com/w/api.php'))).toMatchObject({ reason: 'invalid-input' });
    expect(client.log.count()).toBe(1);
  });

  it('keeps one request in flight per host, and lets other hosts go at the same time', async () => {
    const inFlight: Record<string, number> = {};
    const most: Record<string, number> = {};
    const pending: (() => void)[] = [];
    const fetch: FetchLike = (href) => {
      const host = new URL(href).hostname;
      inFlight[host] = (inFlight[host] ?? 0) + 1;
      most[host] = Math.max(most[host] ?? 0, inFlight[host] ?? 0);
      return new Promise<ResponseLike>((resolve) => {
        pending.push(() => {
          inFlight[host] = (inFlight[host] ?? 1) - 1;
          resolve(reply(OK));
        });
      });
    };
    const client = createWikimediaClient({ ...fakeClock(), fetch, version: '1' });
    const summary = new URL('https://en.wikipedia.org/api/rest_v1/page/summary/X');
    const all = Promise.all([client.getJson(API), client.getJson(API), client.getJson(API), client.getJson(summary)]);
    for (let step = 0; step < 20; step++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      pending.shift()?.();
    }
    await all;
    expect(most).toEqual({ 'www.wikidata.org': 1, 'en.wikipedia.org': 1 });
    expect(client.log.byHost()).toEqual({ 'www.wikidata.org': 3, 'en.wikipedia.org': 1 });
  });

  it('stops a queued request at once when its tab closes, and never sends it', async () => {
    let release = () => {};
    const fetch: FetchLike = () => new Promise((resolve) => (release = () => resolve(reply(OK))));
    const client = createWikimediaClient({ ...fakeClock(), fetch, version: '1' });
    const tab = new AbortController();
    const first = client.getJson(API);
    const queued = client.getJson(API, tab.signal);
    tab.abort();
    expect(await queued).toMatchObject({ ok: false, reason: 'aborted' });
    release();
    expect(await first).toMatchObject({ ok: true });
    expect(client.log.count()).toBe(1);
  });

  it('ends a backoff wait when its tab closes', async () => {
    const tab = new AbortController();
    const clock = fakeClock();
    const sleep = (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const network = fakeNetwork(() => ({ status: 429, body: '', headers: { 'Retry-After': '30' } }));
    const client = createWikimediaClient({ ...clock, sleep, fetch: network.fetch, version: '1' });
    const result = client.getJson(API, tab.signal);
    for (let turn = 0; turn < 100 && network.requests.length === 0; turn++) await new Promise((r) => setTimeout(r, 0));
    tab.abort();
    expect(await result).toMatchObject({ ok: false, reason: 'aborted' });
    expect(network.requests).toHaveLength(1);
  });
});

describe('a request that gets no answer', () => {
  /** Lets the client's promise callbacks run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('is cut off at its deadline and tried again after the same backoff as a host that asked to slow down', async () => {
    const clock = fakeClock();
    let calls = 0;
    const hangs: FetchLike = () => {
      calls++;
      return new Promise<ResponseLike>(() => undefined);
    };
    const client = createWikimediaClient({ ...clock, fetch: hangs, version: '1' });
    let settled = false;
    const result = client.getJson(API).finally(() => {
      settled = true;
    });
    for (let turn = 0; turn < 20 && !settled; turn++) {
      await settle();
      clock.advance(REQUEST_TIMEOUT_MS);
    }
    expect(await result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(calls).toBe(MAX_RETRIES + 1);
    expect(clock.waits).toEqual([1_000, 2_000, 4_000]);
  });

  it('no longer holds up the next request to its host, which is answered', async () => {
    const clock = fakeClock();
    const answers = [new Promise<ResponseLike>(() => undefined), Promise.resolve(reply(OK))];
    const fetch: FetchLike = () => answers.shift() ?? Promise.resolve(reply(OK));
    const client = createWikimediaClient({ ...clock, fetch, version: '1' });
    const first = client.getJson(API);
    const second = client.getJson(API);
    await settle();
    // Before the deadline nothing has moved: one request in flight, the other waiting its turn.
    clock.advance(REQUEST_TIMEOUT_MS - 1);
    await settle();
    expect(client.log.count()).toBe(0);
    clock.advance(1);
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: true });
    expect(clock.waits).toEqual([1_000]);
    expect(client.log.count()).toBe(3);
  });

  it('is left alone when it answers in time', async () => {
    const clock = fakeClock();
    const { client } = clientWith([], clock);
    expect(await client.getJson(API)).toMatchObject({ ok: true });
    clock.advance(REQUEST_TIMEOUT_MS * 10);
    await settle();
    expect(client.log.count()).toBe(1);
    expect(clock.waits).toEqual([]);
  });
});
