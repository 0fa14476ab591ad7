import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearCachedLookups, countCachedLookups, LOOKUP_CACHE_DB } from '../../../lib/online/cache-admin';

function withRecords(idb: IDBFactory, records: number): Promise<void> {
  return new Promise((resolve) => {
    const request = idb.open(LOOKUP_CACHE_DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('answers');
      request.result.createObjectStore('thumbnails');
    };
    request.onsuccess = () => {
      const tx = request.result.transaction(['answers', 'thumbnails'], 'readwrite');
      for (let i = 0; i < records; i++) tx.objectStore(i % 2 ? 'answers' : 'thumbnails').put({ i }, i);
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
    };
  });
}

describe('the lookup cache', () => {
  it('is reported missing, and not created, when there is none', async () => {
    const idb = new IDBFactory();
    expect(await countCachedLookups(idb)).toBeNull();
    expect(await idb.databases()).toEqual([]);
  });

  it('counts the records of every store, and is gone once cleared', async () => {
    const idb = new IDBFactory();
    await withRecords(idb, 5);
    expect(await countCachedLookups(idb)).toBe(5);
    await clearCachedLookups(idb);
    expect(await countCachedLookups(idb)).toBeNull();
  });
});
