/**
 * Online answers kept in IndexedDB, so a hover is answered without the network
 * and a name is asked about at most once a week. The store is bounded: past
 * maxEntries the least recently used answers go. Any IndexedDB failure (quota,
 * private mode, a broken profile) turns the cache into no cache with an error
 * to report; it never throws into a lookup. The factory is passed in, but idb
 * recognises requests by the global IDBRequest class, which every extension
 * background has; where it is missing, the cache reports itself unavailable.
 */
import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import { foldName } from '../names/fold';
import { translitKey } from '../names/translit-key';
import { LOOKUP_CACHE_DB } from './cache-admin';
import type { LookupType, StoredAnswer } from './lookup-types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Facts about people and places change slowly; a week keeps cards current enough and requests rare. */
export const FOUND_TTL_MS = 7 * DAY_MS;
/** "Not found" and "ambiguous" may change as soon as someone writes the article, so they are asked again sooner. */
export const UNSETTLED_TTL_MS = DAY_MS;
/** A few thousand answers are a few megabytes at most. */
export const DEFAULT_MAX_ENTRIES = 2_000;

const STORE = 'answers';

interface Entry {
  key: string;
  answer: StoredAnswer;
  storedAt: number;
  expiresAt: number;
  lastUsed: number;
}

interface CacheSchema extends DBSchema {
  answers: { key: string; value: Entry; indexes: { lastUsed: number } };
}

export interface CacheHit {
  answer: StoredAnswer;
  /** False once the time to live has passed: show it, marked as not refreshed, and ask again. */
  fresh: boolean;
}

export interface LookupCache {
  /** Reads an answer, fresh or stale, without any network; marks it used. */
  peek(lang: string, name: string, type: LookupType): Promise<CacheHit | undefined>;
  put(lang: string, name: string, type: LookupType, answer: StoredAnswer): Promise<void>;
  clear(): Promise<void>;
  size(): Promise<number>;
  /** Why the cache is not working, when it is not. */
  readonly error: string | undefined;
}

export interface CacheOptions {
  indexedDB: IDBFactory;
  now: () => number;
  maxEntries?: number;
  dbName?: string;
}

/** Spellings of one name share an entry: the detection key for names, the folded form for terms. */
export function cacheKey(lang: string, name: string, type: LookupType): string {
  return `${lang}\u0001${type}\u0001${type === 'TERM' ? foldName(name) : translitKey(name)}`;
}

async function openStore(factory: IDBFactory, name: string): Promise<IDBPDatabase<CacheSchema>> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex('lastUsed', 'lastUsed');
  };
  return (await wrap(request)) as unknown as IDBPDatabase<CacheSchema>;
}

const reasonOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export async function openLookupCache(options: CacheOptions): Promise<LookupCache> {
  const { now } = options;
  const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  let db: IDBPDatabase<CacheSchema> | undefined;
  let error: string | undefined;
  let closed = false;
  const open = async () => {
    try {
      db = await openStore(options.indexedDB, options.dbName ?? LOOKUP_CACHE_DB);
      // "Clear cache" deletes the database from another page: let it go, and open a new one at the next use.
      db.addEventListener('versionchange', () => {
        db?.close();
        [db, closed] = [undefined, true];
      });
    } catch (e) {
      error = `IndexedDB unavailable, answers are not cached (${reasonOf(e)})`;
    }
  };
  // One opening shared by every call: a call made while the database reopens waits for it rather than finding
  // no database and silently skipping the store.
  let opened = open();
  await opened;
  async function guarded<T>(fallback: T, work: (db: IDBPDatabase<CacheSchema>) => Promise<T>): Promise<T> {
    if (closed) {
      closed = false;
      opened = open();
    }
    await opened;
    if (!db) return fallback;
    try {
      return await work(db);
    } catch (e) {
      error = `IndexedDB failed, answers may not be cached (${reasonOf(e)})`;
      return fallback;
    }
  }
  return {
    get error() {
      return error;
    },
    peek: (lang, name, type) =>
      guarded(undefined, async (store) => {
        const tx = store.transaction(STORE, 'readwrite');
        const entry = await tx.store.get(cacheKey(lang, name, type));
        if (entry) await tx.store.put({ ...entry, lastUsed: now() });
        await tx.done;
        return entry && { answer: entry.answer, fresh: now() < entry.expiresAt };
      }),
    put: (lang, name, type, answer) =>
      guarded(undefined, async (store) => {
        const at = now();
        const ttl = answer.kind === 'found' ? FOUND_TTL_MS : UNSETTLED_TTL_MS;
        const tx = store.transaction(STORE, 'readwrite');
        const key = cacheKey(lang, name, type);
        await tx.store.put({ key, answer, storedAt: at, expiresAt: at + ttl, lastUsed: at });
        let excess = (await tx.store.count()) - maxEntries;
        // Oldest use first: the answers nobody has hovered over for longest go, never the one just stored.
        for (let cursor = await tx.store.index('lastUsed').openCursor(); cursor && excess > 0; ) {
          if (cursor.primaryKey !== key) {
            await cursor.delete();
            excess--;
          }
          cursor = await cursor.continue();
        }
        await tx.done;
      }),
    clear: () => guarded(undefined, (store) => store.clear(STORE)),
    size: () => guarded(0, (store) => store.count(STORE)),
  };
}
