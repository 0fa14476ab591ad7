/** "Clear cache" on the options page deletes the lookup database even while the background holds it open. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearCachedLookups, countCachedLookups } from '../../../lib/online/cache-admin';
import { openLookupCache } from '../../../lib/online/lookup-cache';

describe('the lookup cache and Clear cache', () => {
  it('lets the options page delete it, and opens a fresh one at the next use', async () => {
    const idb = new IDBFactory();
    const cache = await openLookupCache({ indexedDB: idb, now: () => 0 });
    await cache.put('en', 'Maks Boqaev', 'PERSON', { kind: 'not-found', refreshedAt: 0 });
    expect(await countCachedLookups(idb)).toBe(1);
    await clearCachedLookups(idb);
    expect(await countCachedLookups(idb)).toBeNull();
    expect(await cache.peek('en', 'Maks Boqaev', 'PERSON')).toBeUndefined();
    await cache.put('en', 'Atyrau', 'PLACE', { kind: 'not-found', refreshedAt: 0 });
    expect(await cache.size()).toBe(1);
    expect(cache.error).toBeUndefined();
  });
});
