import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';
import { WIKI_LANGUAGES } from '../../lib/settings/online';
import { useT } from '../i18n';
import { Switch } from '../Switch';

/** Online lookups: the switch (which asks for the Wikimedia permissions), what it sends, and the Wikipedia language. */
export function OnlineSection({ online }: { online: OnlineLookupsModel }) {
  const t = useT();
  return (
    <section
      class="options-section"
      aria-labelledby="lookups-title"
      data-state={online.on ? 'lookups-on' : 'lookups-off'}
    >
      <h2 id="lookups-title">{t('lookupsTitle')}</h2>
      <p class="hint">{t('onlineConsent')}</p>
      <Switch class="lookups-switch" checked={online.on === true} onChange={online.onToggle}>
        {t('onlineSwitch')}
      </Switch>
      {online.denied && (
        <p class="message error" role="alert">
          {t('onlineDenied')}
        </p>
      )}
      {online.error && (
        <p class="message error" role="alert">
          {t('optionsSaveError', online.error)}
        </p>
      )}
      <label class="field">
        <span>{t('onlineLanguage')}</span>
        <select
          class="wiki-language"
          value={online.language}
          onChange={(e) => online.onLanguage((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('onlineLanguageAuto', online.autoLanguage)}</option>
          {WIKI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {lang}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
