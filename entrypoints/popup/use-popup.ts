import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupModel, PopupProps } from '../../components/popup/Popup';
import { PAUSED } from '../../lib/settings/settings';
import { createSyncWriter, paused as pausedItem } from '../../lib/settings/store';
import { fetchPageState } from './page-state';
import { findTargetTab, revealEntity, switchSite } from './popup-actions';

/** The popup's state and actions, wired to the tab and to storage. */
export function usePopup(openOptions: () => void): PopupProps {
  const [model, setModel] = useState<PopupModel>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [paused, setPaused] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const writer = useMemo(() => createSyncWriter((error) => setSaveError(String(error))), []);
  const refresh = async (id: number | null, wantOn = false) => setModel(await fetchPageState(id, wantOn));

  useEffect(() => {
    void pausedItem.getValue().then(setPaused);
    const unwatch = pausedItem.watch((next) => !writer.isPending(PAUSED.key) && setPaused(next));
    void findTargetTab(location.search).then((id) => {
      setTabId(id);
      return refresh(id);
    });
    // The popup closes when the reader clicks away: what waits is written before it goes.
    const flush = () => void writer.flush();
    addEventListener('pagehide', flush);
    return () => {
      unwatch();
      removeEventListener('pagehide', flush);
    };
  }, []);

  const onTogglePause = (next: boolean) => {
    setPaused(next);
    setSaveError(null);
    // Through the writer's gap like any synced write: the refresh waits for the page to catch up.
    writer.set(PAUSED.key, next);
    void refresh(tabId, !next && model.kind === 'ready' && model.page.enabled);
  };
  const onToggleSite = async (on: boolean) => {
    if (model.kind !== 'ready') return;
    await switchSite(model.page.site, on);
    await refresh(tabId, on && !paused);
  };
  return {
    model,
    paused,
    saveError,
    onTogglePause,
    onToggleSite: (on) => void onToggleSite(on),
    onReveal: (entityId) => void (tabId !== null && revealEntity(tabId, entityId)),
    onOpenOptions: openOptions,
  };
}
