import { useEffect, useState } from 'preact/hooks';
import type { CacheModel, DataSectionsProps } from '../../components/options/DataSections';
import { clearCachedLookups, countCachedLookups } from '../../lib/online/cache-admin';

/** What the lookup cache holds, read when the page opens, and clearing it. */
export function useCache(): DataSectionsProps {
  const [cache, setCache] = useState<CacheModel>({ kind: 'loading' });
  useEffect(() => {
    void countCachedLookups(indexedDB)
      .then((n) => setCache(n === null || n === 0 ? { kind: 'empty' } : { kind: 'stored', entries: n }))
      .catch((error: unknown) => setCache({ kind: 'failed', error: String(error) }));
  }, []);
  const onClearCache = async () => {
    try {
      await clearCachedLookups(indexedDB);
      setCache({ kind: 'cleared' });
    } catch (error) {
      setCache({ kind: 'failed', error: String(error) });
    }
  };
  return { cache, onClearCache: () => void onClearCache() };
}
