import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { useOnlineLookups } from '../../hooks/use-online-lookups';
import { type GetMessage, localisePage } from '../../lib/i18n';
import { usePopup } from './use-popup';
import { useShortcuts } from './use-shortcuts';

function App() {
  const shortcuts = useShortcuts();
  return (
    <Popup
      {...usePopup(() => void browser.runtime.openOptionsPage())}
      online={useOnlineLookups()}
      shortcuts={shortcuts}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  const t = localisePage(document, browser.i18n.getMessage as GetMessage);
  render(
    <I18n.Provider value={t}>
      <App />
    </I18n.Provider>,
    root,
  );
}
