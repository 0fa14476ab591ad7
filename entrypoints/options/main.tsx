import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { OptionsPage } from '../../components/options/OptionsPage';
import { useOnlineLookups } from '../../hooks/use-online-lookups';
import { type GetMessage, type Translate, translator } from '../../lib/i18n';
import { useCache } from './use-cache';
import { useGlossaries } from './use-glossaries';
import { useLook } from './use-look';
import { useSites } from './use-sites';

function Options({ t }: { t: Translate }) {
  const [siteError, setSiteError] = useState<string | null>(null);
  const { look, dwell, saveError } = useLook();
  return (
    <OptionsPage
      sites={useSites((error) => setSiteError(String(error)))}
      look={look}
      dwell={dwell}
      data={{ ...useCache(), online: useOnlineLookups() }}
      glossaries={useGlossaries(t)}
      saveError={saveError ?? siteError}
      onPrivacy={() => void browser.tabs.create({ url: browser.runtime.getURL('/privacy.html') })}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  const getMessage = browser.i18n.getMessage as GetMessage;
  const t = translator(getMessage);
  // Right-to-left locales lay the page out from the right; the CSS uses logical properties throughout.
  document.documentElement.dir = getMessage('@@bidi_dir') || 'ltr';
  document.documentElement.lang = getMessage('@@ui_locale').replace('_', '-') || 'en';
  document.title = t('optionsTitle');
  render(
    <I18n.Provider value={t}>
      <Options t={t} />
    </I18n.Provider>,
    root,
  );
}
