import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { LookupsPage } from '../../components/lookups/LookupsPage';
import { useOnlineLookups } from '../../hooks/use-online-lookups';
import { type GetMessage, localisePage } from '../../lib/i18n';
import { allowOneLookup } from '../../lib/online/switch';
import type { LookupProtocol } from '../../lib/protocol/lookup';
import { MAX_LOOKUP_NAME, type MessageOf } from '../../lib/protocol/messages';

/** Well inside the 30 s after which Firefox suspends an idle background page (Chrome's service worker too). */
const KEEP_AWAKE_MS = 5_000;

/** The page closes itself: the background takes its closing as the reader's answer (permission-ask.ts). */
const close = () =>
  void browser.tabs.getCurrent().then(async (tab) => {
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  });

function App({ name }: { name: string | null }) {
  // Called straight from the click, so the permission request keeps the reader's gesture.
  const onAllow = () => void allowOneLookup().finally(close);
  return <LookupsPage name={name} online={useOnlineLookups()} onAllow={onAllow} onClose={close} />;
}

const root = document.getElementById('app');
if (root) {
  const t = localisePage(document, browser.i18n.getMessage as GetMessage, 'lookupsTitle');
  // Shown, never trusted: the background looks up the name the card sent it, not this one.
  const name = new URLSearchParams(location.search).get('name')?.slice(0, MAX_LOOKUP_NAME) || null;
  // A card waits for the background's answer while the reader decides here: the background must not sleep meanwhile.
  const waiting: MessageOf<LookupProtocol> = { type: 'lookup/waiting', data: {} };
  if (name) setInterval(() => void browser.runtime.sendMessage(waiting).catch(() => undefined), KEEP_AWAKE_MS);
  render(
    <I18n.Provider value={t}>
      <App name={name} />
    </I18n.Provider>,
    root,
  );
}
