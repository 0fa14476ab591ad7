/**
 * The popup list's search, type filter and sort, kept free of any framework so
 * that a keystroke costs one pass over entities already sorted.
 */
import { ENTITY_TYPES, type EntitySummary, HIGHLIGHT_TYPES, type HighlightType } from '../model';
import { foldName } from '../names/fold';

export type SortOrder = 'first' | 'mentions';
/** Types a reader can hide; names of unknown type stay, since no toggle could bring them back. */
export const FILTER_TYPES = ENTITY_TYPES;
export type FilterType = (typeof FILTER_TYPES)[number];

export interface ListQuery {
  text: string;
  hidden: ReadonlySet<FilterType>;
  sort: SortOrder;
}

export interface EntityGroup {
  type: HighlightType;
  entities: EntitySummary[];
}

/** What a search matches: the name, the other spellings and the description, folded once per entity. */
export function searchKey(entity: EntitySummary): string {
  const parts = [entity.name, ...(entity.forms ?? []), entity.description ?? ''];
  return parts.map(foldName).join('\n');
}

export function sortEntities(entities: readonly EntitySummary[], sort: SortOrder): EntitySummary[] {
  const indexed = entities.map((entity, index) => ({ entity, index }));
  // Hand-made data may lack an offset; it then keeps its place after the rest.
  const firstAt = (e: EntitySummary) => e.firstAt ?? Number.POSITIVE_INFINITY;
  indexed.sort((a, b) => {
    const primary = sort === 'mentions' ? b.entity.mentions - a.entity.mentions : 0;
    if (primary !== 0) return primary;
    const first = firstAt(a.entity) - firstAt(b.entity);
    return Number.isNaN(first) || first === 0 ? a.index - b.index : first;
  });
  return indexed.map((i) => i.entity);
}

/** Entities that pass the query, in sort order, grouped in the popup's order of types. */
export function groupEntities(
  sorted: readonly EntitySummary[],
  keys: readonly string[],
  query: Pick<ListQuery, 'text' | 'hidden'>,
): EntityGroup[] {
  const needle = foldName(query.text);
  const byType = new Map<HighlightType, EntitySummary[]>(HIGHLIGHT_TYPES.map((t) => [t, []]));
  sorted.forEach((entity, i) => {
    if (query.hidden.has(entity.type as FilterType)) return;
    if (needle && !keys[i]?.includes(needle)) return;
    byType.get(entity.type)?.push(entity);
  });
  return HIGHLIGHT_TYPES.map((type) => ({ type, entities: byType.get(type) ?? [] })).filter(
    (g) => g.entities.length > 0,
  );
}

/**
 * A filter that remembers its last inputs: sorting and folding happen again
 * only when the entities or the order change, not on every keystroke.
 */
export function createEntityFilter(): (entities: readonly EntitySummary[], query: ListQuery) => EntityGroup[] {
  let sortedFor: { entities: readonly EntitySummary[]; sort: SortOrder } | null = null;
  let sorted: EntitySummary[] = [];
  let keys: string[] = [];
  let last: { entities: readonly EntitySummary[]; query: ListQuery; groups: EntityGroup[] } | null = null;
  return (entities, query) => {
    if (last && last.entities === entities && sameQuery(last.query, query)) return last.groups;
    if (!sortedFor || sortedFor.entities !== entities || sortedFor.sort !== query.sort) {
      sorted = sortEntities(entities, query.sort);
      keys = sorted.map(searchKey);
      sortedFor = { entities, sort: query.sort };
    }
    const groups = groupEntities(sorted, keys, query);
    last = { entities, query, groups };
    return groups;
  };
}

function sameQuery(a: ListQuery, b: ListQuery): boolean {
  if (a.text !== b.text || a.sort !== b.sort || a.hidden.size !== b.hidden.size) return false;
  for (const type of a.hidden) if (!b.hidden.has(type)) return false;
  return true;
}
