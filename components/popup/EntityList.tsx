import { useMemo, useRef, useState } from 'preact/hooks';
import { plural, type Translate } from '../../lib/i18n';
import { type EntitySummary, TYPE_MESSAGES } from '../../lib/model';
import { createEntityFilter, type EntityGroup, type FilterType, type SortOrder } from '../../lib/popup/filter-entities';
import { useT } from '../i18n';
import { ListControls } from './ListControls';

export interface EntityListProps {
  entities: EntitySummary[];
  onReveal(entityId: string): void;
}

const NO_TYPES_HIDDEN: ReadonlySet<FilterType> = new Set();

export function EntityList({ entities, onReveal }: EntityListProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [hidden, setHidden] = useState(NO_TYPES_HIDDEN);
  const [sort, setSort] = useState<SortOrder>('first');
  const searchRef = useRef<HTMLInputElement>(null);
  // One filter per list, so its memory of the last sort outlives renders.
  const filter = useMemo(createEntityFilter, []);
  const groups = filter(entities, { text, hidden, sort });
  const shown = groups.reduce((n, g) => n + g.entities.length, 0);

  const toggleType = (type: FilterType) => {
    const next = new Set(hidden);
    if (!next.delete(type)) next.add(type);
    setHidden(next);
  };
  const clear = () => {
    setText('');
    setHidden(NO_TYPES_HIDDEN);
    // The button that had focus is gone; the search box is where the reader goes on.
    searchRef.current?.focus();
  };

  return (
    <>
      <ListControls
        text={text}
        hidden={hidden}
        sort={sort}
        searchRef={searchRef}
        onText={setText}
        onToggleType={toggleType}
        onSort={setSort}
      />
      <p class="list-status" role="status">
        {shown === entities.length ? countOf(t, shown) : t('listShownOf', String(shown), countOf(t, entities.length))}
      </p>
      {shown === 0 ? (
        <div class="popup-note no-match" data-state="no-match">
          <p>{text.trim() ? t('listNoMatch', text.trim()) : t('listNoTypes')}</p>
          <button type="button" class="clear-search" onClick={clear}>
            {t('listClearSearch')}
          </button>
        </div>
      ) : (
        groups.map((group) => <Group key={group.type} group={group} onReveal={onReveal} />)
      )}
    </>
  );
}

const countOf = (t: Translate, n: number) => plural(t, 'listCount', n);

function Group({ group, onReveal }: { group: EntityGroup; onReveal(id: string): void }) {
  const t = useT();
  const title = t(TYPE_MESSAGES[group.type].many);
  return (
    <section class="group" aria-label={title}>
      <h2 class="group-title">
        {title} <span class="group-count">{group.entities.length}</span>
      </h2>
      <ul class="entity-list">
        {group.entities.map((e) => (
          <li key={e.id}>
            <button type="button" class="entity" data-entity-id={e.id} onClick={() => onReveal(e.id)}>
              <span class="entity-name">{e.name}</span>
              <span class="entity-count">
                {e.mentions}
                <span class="visually-hidden"> {plural(t, 'listMention', e.mentions)}</span>
              </span>
              {e.role && <span class="entity-role">{e.role}</span>}
              {e.description && (
                <span class="entity-description" title={e.description}>
                  {e.description}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
