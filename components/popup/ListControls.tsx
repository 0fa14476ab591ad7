import type { Ref } from 'preact';
import type { MessageKey } from '../../lib/i18n';
import { TYPE_MESSAGES } from '../../lib/model';
import { FILTER_TYPES, type FilterType, type SortOrder } from '../../lib/popup/filter-entities';
import { useT } from '../i18n';

export interface ListControlsProps {
  text: string;
  hidden: ReadonlySet<FilterType>;
  sort: SortOrder;
  searchRef: Ref<HTMLInputElement>;
  onText(text: string): void;
  onToggleType(type: FilterType): void;
  onSort(sort: SortOrder): void;
}

const SORT_LABELS: Record<SortOrder, MessageKey> = { first: 'listSortFirst', mentions: 'listSortMentions' };

export function ListControls({ text, hidden, sort, searchRef, onText, onToggleType, onSort }: ListControlsProps) {
  const t = useT();
  return (
    <div class="list-controls">
      <input
        ref={searchRef}
        type="search"
        class="list-search"
        aria-label={t('listSearch')}
        placeholder={t('listSearchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={text}
        onInput={(e) => onText((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="list-options">
        <fieldset class="type-toggles">
          <legend class="visually-hidden">{t('listShowTypes')}</legend>
          {FILTER_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              class="type-toggle"
              data-type={type}
              aria-pressed={!hidden.has(type)}
              onClick={() => onToggleType(type)}
            >
              {t(TYPE_MESSAGES[type].many)}
            </button>
          ))}
        </fieldset>
        <label class="sort-choice">
          <span>{t('listSort')}</span>
          <select value={sort} onChange={(e) => onSort((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {(Object.keys(SORT_LABELS) as SortOrder[]).map((order) => (
              <option key={order} value={order}>
                {t(SORT_LABELS[order])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
