import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { useOnlineLookups } from '../../hooks/use-online-lookups';
import { type GetMessage, translator } from '../../lib/i18n';
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
  const getMessage = browser.i18n.getMessage as GetMessage;
  // Right-to-left locales lay the popup out from the right; the CSS uses logical properties throughout.
  document.documentElement.dir = getMessage('@@bidi_dir') || 'ltr';
  document.documentElement.lang = getMessage('@@ui_locale').replace('_', '-') || 'en';
  render(
    <I18n.Provider value={translator(getMessage)}>
      <App />
    </I18n.Provider>,
    root,
  );
}
