import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';
import { useT } from '../i18n';
import { OnlineOffer } from '../popup/OnlineOffer';

export interface LookupsPageProps {
  /** The name a card asked for, when the page is there for that one lookup's permission; null for every name. */
  name: string | null;
  online: OnlineLookupsModel;
  /** Asks the browser for the Wikimedia permission, within the reader's click; the page then closes. */
  onAllow(): void;
  /** Closes the page: for one name, nothing is sent. */
  onClose(): void;
}

/**
 * Backstory's own page for online lookups, opened by the background from a card: a web page cannot ask for
 * permissions or change settings, an extension page can. For one name it asks for the browser's permission that
 * lookup needs; otherwise it offers lookups for every name, in the popup's words.
 */
export function LookupsPage({ name, online, onAllow, onClose }: LookupsPageProps) {
  const t = useT();
  if (name !== null)
    return (
      <main class="lookups" aria-labelledby="lookups-title">
        <h1 id="lookups-title" dir="auto">
          {t('lookupOneTitle', name)}
        </h1>
        <p>{t('lookupOneText')}</p>
        <div class="lookups-actions">
          <button type="button" class="lookups-allow" onClick={onAllow}>
            {t('lookupOneAllow')}
          </button>
          <button type="button" class="lookups-cancel" onClick={onClose}>
            {t('lookupOneCancel')}
          </button>
        </div>
      </main>
    );
  return (
    <main class="lookups" aria-labelledby="lookups-title">
      <h1 id="lookups-title">{t('lookupsTitle')}</h1>
      <OnlineOffer online={online} />
      {online.on && (
        <>
          <p class="lookups-done" role="status">
            {t('lookupsOn')}
          </p>
          <button type="button" class="lookups-cancel" onClick={onClose}>
            {t('lookupsBack')}
          </button>
        </>
      )}
    </main>
  );
}
