/** The IndexedDB cache: hits, time to live, least-recently-used eviction, and no cache rather than an error. */
// idb checks requests against the global IDB classes, as a browser has them; each test still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearCachedLookups } from '../../../lib/online/cache-admin';
import { FOUND_TTL_MS, openLookupCache, UNSETTLED_TTL_MS } from '../../../lib/online/lookup-cache';
import type { FoundAnswer, StoredAnswer } from '../../../lib/online/lookup-types';
import { fakeClock } from '../../helpers/fake-wikimedia';

const found = (title: string): FoundAnswer => ({
  kind: 'found',
  source: 'wikipedia',
  confidence: 'high',
  qid: 'Q1',
  title,
  description: '',
  extract: '',
  lang: 'en',
  runnersUp: [],
  refreshedAt: 0,
});
const notFound: StoredAnswer = { kind: 'not-found', refreshedAt: 0 };

async function cacheWith(maxEntries?: number) {
  const clock = fakeClock();
  const cache = await openLookupCache({ indexedDB: new IDBFactory(), now: clock.now, maxEntries });
  return { cache, clock };
}

describe('the lookup cache', () => {
  it('answers a stored name under any of its spellings, per language and type', async () => {
    const { cache } = await cacheWith();
    await cache.put('en', 'Nazarbaev', 'PERSON', found('Nursultan Nazarbayev'));
    expect(await cache.peek('en', 'Nazarbayev', 'PERSON')).toEqual({
      answer: found('Nursultan Nazarbayev'),
      fresh: true,
    });
    expect(await cache.peek('en', 'Назарбаев', 'PERSON')).toMatchObject({ fresh: true });
    expect(await cache.peek('kk', 'Nazarbaev', 'PERSON')).toBeUndefined();
    expect(await cache.peek('en', 'Nazarbaev', 'ORG')).toBeUndefined();
    expect(cache.error).toBeUndefined();
  });

  it('keeps found answers a week and "not found" a day, then returns them as stale', async () => {
    const { cache, clock } = await cacheWith();
    await cache.put('en', 'Max Bokayev', 'PERSON', found('Max Bokayev'));
    await cache.put('en', 'Nobody Atall', 'PERSON', notFound);
    clock.advance(UNSETTLED_TTL_MS);
    expect(await cache.peek('en', 'Nobody Atall', 'PERSON')).toEqual({ answer: notFound, fresh: false });
    expect(await cache.peek('en', 'Max Bokayev', 'PERSON')).toMatchObject({ fresh: true });
    clock.advance(FOUND_TTL_MS - UNSETTLED_TTL_MS);
    expect(await cache.peek('en', 'Max Bokayev', 'PERSON')).toMatchObject({ fresh: false });
  });

  it('evicts the least recently used answers past its size', async () => {
    const { cache, clock } = await cacheWith(3);
    for (const name of ['Alpha', 'Bravo', 'Charlie']) {
      await cache.put('en', name, 'PERSON', found(name));
      clock.advance(1_000);
    }
    await cache.peek('en', 'Alpha', 'PERSON'); // used again, so Bravo is now the oldest
    clock.advance(1_000);
    await cache.put('en', 'Delta', 'PERSON', found('Delta'));
    expect(await cache.size()).toBe(3);
    expect(await cache.peek('en', 'Bravo', 'PERSON')).toBeUndefined();
    for (const name of ['Alpha', 'Charlie', 'Delta'])
      expect(await cache.peek('en', name, 'PERSON'), name).toBeDefined();
  });

  it('clears everything', async () => {
    const { cache } = await cacheWith();
    await cache.put('en', 'Alpha', 'PERSON', found('Alpha'));
    await cache.clear();
    expect(await cache.size()).toBe(0);
  });

  it('keeps every answer stored while it reopens after "Clear cache" deleted it', async () => {
    const indexedDB = new IDBFactory();
    const cache = await openLookupCache({ indexedDB, now: fakeClock().now });
    await cache.put('en', 'Alpha', 'PERSON', found('Alpha'));
    await clearCachedLookups(indexedDB);
    // The first use reopens the database; the calls made meanwhile must wait for it, not skip the store.
    const names = ['Bravo', 'Charlie', 'Delta'];
    await Promise.all(names.map((name) => cache.put('en', name, 'PERSON', found(name))));
    for (const name of names) expect(await cache.peek('en', name, 'PERSON'), name).toBeDefined();
    expect(await cache.peek('en', 'Alpha', 'PERSON')).toBeUndefined();
    expect(cache.error).toBeUndefined();
  });

  it('becomes no cache, with a clear error, when IndexedDB cannot open or fails later', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    };
    const cache = await openLookupCache({ indexedDB: broken as unknown as IDBFactory, now: Date.now });
    await expect(cache.put('en', 'Alpha', 'PERSON', found('Alpha'))).resolves.toBeUndefined();
    expect(await cache.peek('en', 'Alpha', 'PERSON')).toBeUndefined();
    expect(cache.error).toMatch(/IndexedDB unavailable.*SecurityError/);

    const { cache: later } = await cacheWith();
    const unstorable = { ...found('Alpha'), extract: (() => {}) as unknown as string };
    await expect(later.put('en', 'Alpha', 'PERSON', unstorable)).resolves.toBeUndefined();
    expect(later.error).toMatch(/IndexedDB failed/);
  });
});
