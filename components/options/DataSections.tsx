import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';
import { type MessageKey, plural } from '../../lib/i18n';
import { useT } from '../i18n';
import { OnlineSection } from './OnlineSection';

export type CacheModel =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'stored'; entries: number }
  | { kind: 'cleared' }
  | { kind: 'failed'; error: string };

/** What the cache's state says beside its button; a count of entries is said in the plural rules' words. */
const CACHE_SAID: Record<CacheModel['kind'], MessageKey | null> = {
  loading: null,
  empty: 'cacheEmpty',
  stored: null,
  cleared: 'cacheCleared',
  failed: null,
};

export interface DataSectionsProps {
  cache: CacheModel;
  onClearCache(): void;
  /** The online lookups switch and language; without it the section says lookups are off. */
  online?: OnlineLookupsModel;
}

/** Online lookups, with their switch and language, and the cache of their answers, with what it holds. */
export function DataSections({ cache, onClearCache, online }: DataSectionsProps) {
  const t = useT();
  const said = CACHE_SAID[cache.kind];
  const status = cache.kind === 'stored' ? plural(t, 'cacheStored', cache.entries) : said ? t(said) : '';
  return (
    <>
      {online ? (
        <OnlineSection online={online} />
      ) : (
        <section class="options-section" aria-labelledby="lookups-title" data-state="lookups-off">
          <h2 id="lookups-title">{t('lookupsTitle')}</h2>
          <p>{t('lookupsOff')}</p>
        </section>
      )}
      <section class="options-section" aria-labelledby="cache-title">
        <h2 id="cache-title">{t('cacheTitle')}</h2>
        <p class="hint">{t('cacheHint')}</p>
        <p class="cache-status" role="status">
          {status}
        </p>
        {cache.kind === 'failed' && (
          <p class="message error" role="alert">
            {t('cacheFailed', cache.error)}
          </p>
        )}
        <button type="button" disabled={cache.kind !== 'stored' && cache.kind !== 'failed'} onClick={onClearCache}>
          {t('cacheClear')}
        </button>
      </section>
    </>
  );
}
