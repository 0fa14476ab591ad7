import type { Ref } from 'preact';
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

const SORT_LABELS: Record<SortOrder, string> = { first: 'First mention', mentions: 'Most mentions' };

export function ListControls({ text, hidden, sort, searchRef, onText, onToggleType, onSort }: ListControlsProps) {
  const t = useT();
  return (
    <div class="list-controls">
      <input
        ref={searchRef}
        type="search"
        class="list-search"
        aria-label="Search names"
        placeholder="Search names and descriptions"
        autocomplete="off"
        spellcheck={false}
        value={text}
        onInput={(e) => onText((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="list-options">
        <fieldset class="type-toggles">
          <legend class="visually-hidden">Show types</legend>
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
          <span>Sort</span>
          <select value={sort} onChange={(e) => onSort((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {(Object.keys(SORT_LABELS) as SortOrder[]).map((order) => (
              <option key={order} value={order}>
                {SORT_LABELS[order]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
