import { type EntitySummary, HIGHLIGHT_TYPES, TYPE_LABELS } from '../../lib/model';
import type { PageState } from '../../lib/protocol';

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
      {page.status === 'article' &&
        HIGHLIGHT_TYPES.map((type) => {
          const group = page.entities.filter((e) => e.type === type);
          return group.length > 0 ? (
            <Group key={type} title={TYPE_LABELS[type].many} entities={group} onReveal={onReveal} />
          ) : null;
        })}
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

function Group({
  title,
  entities,
  onReveal,
}: {
  title: string;
  entities: EntitySummary[];
  onReveal(id: string): void;
}) {
  return (
    <section class="group" aria-label={title}>
      <h2 class="group-title">
        {title} <span class="group-count">{entities.length}</span>
      </h2>
      <ul class="entity-list">
        {entities.map((e) => (
          <li key={e.id}>
            <button type="button" class="entity" data-entity-id={e.id} onClick={() => onReveal(e.id)}>
              <span class="entity-name">{e.name}</span>
              <span class="entity-count">
                {e.mentions}
                <span class="visually-hidden"> {e.mentions === 1 ? 'mention' : 'mentions'}</span>
              </span>
              {e.description && <span class="entity-description">{e.description}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
