import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { Popup, type PopupModel } from '../../components/popup/Popup';
import { type GetMessage, translator } from '../../lib/i18n';
import { fetchPageState, fetchStartedPageState } from './page-state';
import { findTargetTab, revealEntity, switchSite } from './popup-actions';

function App() {
  const [model, setModel] = useState<PopupModel>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const refresh = async (id: number | null) => setModel(await fetchPageState(id));

  useEffect(() => {
    void findTargetTab(location.search).then((id) => {
      setTabId(id);
      return refresh(id);
    });
  }, []);

  const onToggleSite = async (on: boolean) => {
    if (model.kind !== 'ready') return;
    await switchSite(model.page.site, on);
    setModel(on ? await fetchStartedPageState(tabId) : await fetchPageState(tabId));
  };
  const onReveal = (entityId: string) => void (tabId !== null && revealEntity(tabId, entityId));
  return (
    <Popup
      model={model}
      onToggleSite={(on) => void onToggleSite(on)}
      onReveal={onReveal}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  render(
    <I18n.Provider value={translator(browser.i18n.getMessage as GetMessage)}>
      <App />
    </I18n.Provider>,
    root,
  );
}
