import type { PageState } from '../../lib/protocol';
import { EntityList } from './EntityList';

export type PopupModel = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; page: PageState };

export interface PopupProps {
  model: PopupModel;
  onToggleSite(on: boolean): void;
  onReveal(entityId: string): void;
  onOpenOptions(): void;
}

export function Popup({ model, onToggleSite, onReveal, onOpenOptions }: PopupProps) {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">Backstory</h1>
        <button type="button" class="options-link" onClick={onOpenOptions}>
          Options and glossaries
        </button>
      </header>
      {model.kind === 'loading' && <p class="popup-note">Reading this page…</p>}
      {model.kind === 'unsupported' && (
        <p class="popup-note" data-state="unsupported">
          Backstory can't run on this page. Browsers keep their own pages and extension stores out of reach of
          extensions. Open a news article on a website to see its names.
        </p>
      )}
      {model.kind === 'ready' && <PageView page={model.page} onToggleSite={onToggleSite} onReveal={onReveal} />}
    </main>
  );
}

function PageView({ page, onToggleSite, onReveal }: { page: PageState } & Omit<PopupProps, 'model' | 'onOpenOptions'>) {
  return (
    <>
      <label class="site-switch">
        <input
          type="checkbox"
          role="switch"
          checked={page.enabled}
          aria-checked={page.enabled}
          onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Highlights on {page.site}</span>
      </label>
      <StatusNote page={page} />
      {page.status === 'article' && page.entities.length > 0 && (
        <EntityList entities={page.entities} onReveal={onReveal} />
      )}
    </>
  );
}

function StatusNote({ page }: { page: PageState }) {
  if (!page.enabled)
    return (
      <p class="popup-note" data-state="off">
        Highlights are off for this site. Turn the switch on to see the names in its articles.
      </p>
    );
  if (page.status === 'scanning') return <p class="popup-note">Reading this page…</p>;
  if (page.status === 'no-article')
    return (
      <p class="popup-note" data-state="no-article">
        No article found on this page. Backstory highlights names in news articles; open a story to see them.
      </p>
    );
  if (page.entities.length === 0)
    return (
      <p class="popup-note" data-state="empty">
        This article names no people, places or organisations that Backstory could find.
      </p>
    );
  return null;
}
