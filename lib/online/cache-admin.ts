/**
 * The stored cache of online lookups: one IndexedDB database of the extension,
 * whatever stores it holds. The online lookups keep their answers under this
 * name, so that the options page can say what is cached and clear it. Like
 * lookup-cache.ts, it takes the factory as a parameter and lets idb turn its
 * requests into promises (idb knows them by the global IDBRequest class).
 */
import { wrap } from 'idb';

export const LOOKUP_CACHE_DB = 'backstory-lookups';

type Factory = Pick<IDBFactory, 'databases' | 'open' | 'deleteDatabase'>;

/** How many records the cache holds, or null when there is no cache at all. */
export async function countCachedLookups(idb: Factory): Promise<number | null> {
  // Opening a database that is not there would create it: ask first.
  const known = await idb.databases();
  if (!known.some((d) => d.name === LOOKUP_CACHE_DB)) return null;
  const db = await wrap(idb.open(LOOKUP_CACHE_DB));
  if (!db) throw new Error('the lookup cache did not open');
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return 0;
    const tx = db.transaction(stores, 'readonly');
    const counts = await Promise.all(stores.map((name) => tx.objectStore(name).count()));
    return counts.reduce((a, b) => a + b, 0);
  } finally {
    db.close();
  }
}

export async function clearCachedLookups(idb: Factory): Promise<void> {
  const request = idb.deleteDatabase(LOOKUP_CACHE_DB);
  // Another page holds it open; the deletion completes once that page closes it.
  const blocked = new Promise<void>((resolve) => {
    request.onblocked = () => resolve();
  });
  await Promise.race([wrap(request), blocked]);
}
