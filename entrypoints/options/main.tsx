import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { OptionsPage } from '../../components/options/OptionsPage';
import { useOnlineLookups } from '../../hooks/use-online-lookups';
import { type GetMessage, localisePage, type Translate } from '../../lib/i18n';
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
  const t = localisePage(document, browser.i18n.getMessage as GetMessage, 'optionsTitle');
  render(
    <I18n.Provider value={t}>
      <Options t={t} />
    </I18n.Provider>,
    root,
  );
}
