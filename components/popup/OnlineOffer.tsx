import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';
import { useT } from '../i18n';

/** The one offer of online lookups, in plain words, until the reader turns them on. */
export function OnlineOffer({ online }: { online: OnlineLookupsModel }) {
  const t = useT();
  if (online.on !== false) return null;
  return (
    <section class="online-offer" aria-labelledby="online-offer-title">
      <h2 id="online-offer-title" class="popup-subtitle">
        {t('onlineOfferTitle')}
      </h2>
      <p>{t('onlineConsent')}</p>
      <button type="button" class="online-turn-on" onClick={() => online.onToggle(true)}>
        {t('onlineTurnOn')}
      </button>
      {online.denied && (
        <p class="popup-error" role="alert">
          {t('onlineDenied')}
        </p>
      )}
    </section>
  );
}
