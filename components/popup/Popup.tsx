import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';
import type { PageState } from '../../lib/protocol/messages';
import { useT } from '../i18n';
import { Switch } from '../Switch';
import { EntityList } from './EntityList';
import { OnlineOffer } from './OnlineOffer';
import { type Shortcut, Shortcuts } from './Shortcuts';

/** In "ready", page.enabled is the site's own switch, whatever the global pause says. */
export type PopupModel = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; page: PageState };

export interface PopupProps {
  model: PopupModel;
  paused: boolean;
  /** Why the last setting could not be stored, if it could not. */
  saveError?: string | null;
  /** The keyboard commands and their keys, read by the entrypoint from the browser. */
  shortcuts?: Shortcut[];
  onTogglePause(paused: boolean): void;
  onToggleSite(on: boolean): void;
  onReveal(entityId: string): void;
  onOpenOptions(): void;
  /** Online lookups, offered while they are off. */
  online?: OnlineLookupsModel;
}

export function Popup(props: PopupProps) {
  const {
    model,
    paused,
    saveError,
    shortcuts = [],
    onTogglePause,
    onToggleSite,
    onReveal,
    onOpenOptions,
    online,
  } = props;
  const t = useT();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{t('extName')}</h1>
        <button type="button" class="options-link" aria-describedby="options-hint" onClick={onOpenOptions}>
          {t('popupOptions')}
        </button>
      </header>
      <p class="options-hint" id="options-hint">
        {t('popupOptionsHint')}
      </p>
      {shortcuts.length > 0 && <Shortcuts shortcuts={shortcuts} />}
      {saveError && (
        <p class="popup-error" role="alert">
          {t('popupSaveError', saveError)}
        </p>
      )}
      <Switch class="pause-switch" checked={paused} onChange={onTogglePause}>
        {t('popupPause')}
      </Switch>
      {model.kind === 'loading' && <p class="popup-note">{t('popupLoading')}</p>}
      {model.kind === 'unsupported' && (
        <p class="popup-note" data-state="unsupported">
          {t('popupUnsupported')}
        </p>
      )}
      {model.kind === 'ready' && (
        <>
          <Switch class="site-switch" checked={model.page.enabled} onChange={onToggleSite}>
            {t('popupSiteSwitch', model.page.site)}
          </Switch>
          <StatusNote page={model.page} paused={paused} />
        </>
      )}
      {/* Before the names: below a long article's list, nobody would find it. */}
      {online && <OnlineOffer online={online} />}
      {model.kind === 'ready' && !paused && model.page.status === 'article' && model.page.entities.length > 0 && (
        <EntityList entities={model.page.entities} onReveal={onReveal} />
      )}
    </main>
  );
}

function StatusNote({ page, paused }: { page: PageState; paused: boolean }) {
  const t = useT();
  const note = (state: string, text: string) => (
    <p class="popup-note" data-state={state}>
      {text}
    </p>
  );
  if (paused) return note('paused', t('popupPaused'));
  if (!page.enabled) return note('off', t('popupSiteOff'));
  if (page.status === 'scanning' || page.status === 'off') return <p class="popup-note">{t('popupLoading')}</p>;
  if (page.status === 'no-article') return note('no-article', t('popupNoArticle'));
  if (page.entities.length === 0) return note('empty', t('popupNoNames'));
  return null;
}
