/**
 * The stored cache of online lookups: one IndexedDB database of the extension,
 * whatever stores it holds. The online lookups keep their answers under this
 * name, so that the options page can say what is cached and clear it.
 */
export const LOOKUP_CACHE_DB = 'backstory-lookups';

type Factory = Pick<IDBFactory, 'databases' | 'open' | 'deleteDatabase'>;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** How many records the cache holds, or null when there is no cache at all. */
export async function countCachedLookups(idb: Factory): Promise<number | null> {
  // Opening a database that is not there would create it: ask first.
  const known = await idb.databases();
  if (!known.some((d) => d.name === LOOKUP_CACHE_DB)) return null;
  const db = await done(idb.open(LOOKUP_CACHE_DB));
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return 0;
    const tx = db.transaction(stores, 'readonly');
    const counts = await Promise.all(stores.map((name) => done(tx.objectStore(name).count())));
    return counts.reduce((a, b) => a + b, 0);
  } finally {
    db.close();
  }
}

export function clearCachedLookups(idb: Factory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.deleteDatabase(LOOKUP_CACHE_DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another page holds it open; the deletion completes once that page closes it.
    request.onblocked = () => resolve();
  });
}
