/** The lookup under cancellation, bad input, hostile or broken answers and a broken cache: results, never throws. */
// idb checks requests against the global IDB classes, as a browser has them; each test still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOOKUP_CACHE_DB } from '../../../lib/online/cache-admin';
import { lookUp, peekLookup } from '../../../lib/online/look-up';
import { type LookupCache, openLookupCache } from '../../../lib/online/lookup-cache';
import { TabSignals } from '../../../lib/online/tab-signals';
import { createWikimediaClient, type FetchLike, type ResponseLike } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, type Route, reply, wikimediaRoute } from '../../helpers/fake-wikimedia';

const KINDS = ['found', 'ambiguous', 'not-found', 'failed'];

function depsFor(route: Route) {
  const clock = fakeClock();
  const network = fakeNetwork(route);
  return {
    client: createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' }),
    lang: 'en',
    now: clock.now,
  };
}

describe('the lookup when things go wrong', () => {
  it('stops the work for a tab when the tab closes, and caches nothing', async () => {
    const clock = fakeClock();
    const started: string[] = [];
    const fetch: FetchLike = (href, init) => {
      started.push(href);
      // Like a real fetch, a request in flight rejects when its signal aborts.
      return new Promise<ResponseLike>((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        if (started.length > 1) return;
        resolve(reply(wikimediaRoute(new URL(href)) ?? { body: {} }));
      });
    };
    const client = createWikimediaClient({ ...clock, fetch, version: '1' });
    const cache = await openLookupCache({ indexedDB: new IDBFactory(), now: clock.now });
    const tabs = new TabSignals();
    const pending = lookUp(
      'Maks Boqaev',
      'PERSON',
      {},
      { client, cache, lang: 'en', now: clock.now, signal: tabs.signalFor(7) },
    );
    // The cache read and the first answer take a few turns of the event loop; wait until the second request hangs.
    for (let turn = 0; turn < 100 && started.length < 2; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    tabs.closeTab(7);
    expect(await pending).toMatchObject({ kind: 'failed', reason: 'aborted' });
    expect(started).toHaveLength(2);
    expect(await cache.size()).toBe(0);
    const other = tabs.signalFor(8);
    expect(other.aborted).toBe(false);
    tabs.closeAll();
    expect(other.aborted).toBe(true);
  });

  it('refuses names and languages it cannot send, without a request', async () => {
    const network = fakeNetwork();
    const clock = fakeClock();
    const deps = {
      client: createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' }),
      lang: 'en',
      now: clock.now,
    };
    expect(await lookUp('', 'PERSON', {}, deps)).toMatchObject({ kind: 'failed', reason: 'invalid-input' });
    expect(await lookUp('x'.repeat(500), 'PERSON', {}, deps)).toMatchObject({ reason: 'invalid-input' });
    expect(await lookUp('Max', 'PERSON', {}, { ...deps, lang: 'en.evil.com' })).toMatchObject({
      reason: 'invalid-input',
    });
    expect(await lookUp(42 as unknown as string, 'PERSON', {}, deps)).toMatchObject({ reason: 'invalid-input' });
    expect(network.requests).toHaveLength(0);
  });

  it('fails as rate-limited after capped retries', async () => {
    const deps = depsFor(() => ({ status: 429, body: '', headers: { 'Retry-After': '2' } }));
    expect(await lookUp('Maks Boqaev', 'PERSON', {}, deps)).toMatchObject({ kind: 'failed', reason: 'rate-limited' });
  });

  it('never throws and never returns HTML or foreign links, whatever the servers send', async () => {
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom('{"search":[{"id":"Q1","label":"Maks Boqaev"}]}', '{"entities":{"Q1":{"id":"Q1"}}}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(200, 404, 429, 500), body), { maxLength: 8 }),
        async (replies) => {
          const deps = depsFor(() => {
            const [status, text] = replies.shift() ?? [200, '{}'];
            return { status, body: text };
          });
          const result = await lookUp('Maks Boqaev', 'PERSON', { text: 'Kazakh activist' }, deps);
          expect(KINDS).toContain(result.kind);
          if (result.kind === 'found') {
            expect(result.title.length).toBeGreaterThan(0);
            expect(result).not.toHaveProperty('thumbnail');
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('works without a cache when IndexedDB is broken', async () => {
    // A newer version of the database already there makes opening it fail, as a downgraded extension would.
    const factory = new IDBFactory();
    await new Promise((resolve) => {
      factory.open(LOOKUP_CACHE_DB, 2).onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result.close());
    });
    const deps = depsFor(wikimediaRoute);
    const cache = await openLookupCache({ indexedDB: factory, now: deps.now });
    expect(cache.error).toMatch(/VersionError/);
    expect(await lookUp('Maks Boqaev', 'PERSON', {}, { ...deps, cache })).toMatchObject({ kind: 'found' });
  });

  it('returns a result even when a dependency throws', async () => {
    const deps = depsFor(wikimediaRoute);
    const cache = {
      peek: () => {
        throw new Error('boom');
      },
    } as unknown as LookupCache;
    expect(await lookUp('Maks Boqaev', 'PERSON', {}, { ...deps, cache })).toMatchObject({
      kind: 'failed',
      reason: 'internal',
    });
    expect(await peekLookup('Maks Boqaev', 'PERSON', { cache, lang: 'en' })).toBeUndefined();
  });

  it('stops searching spellings when Wikidata fails, instead of asking again for each', async () => {
    const network = fakeNetwork(() => ({ status: 500, body: 'down' }));
    const clock = fakeClock();
    const client = createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' });
    expect(await lookUp('Maks Boqaev', 'PERSON', {}, { client, lang: 'en', now: clock.now })).toMatchObject({
      kind: 'failed',
      reason: 'http',
    });
    expect(network.requests).toHaveLength(1);
  });
});
