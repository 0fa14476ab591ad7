import { describe, expect, it } from 'vitest';
import type { EntitySummary, HighlightType } from '../../../lib/model';
import {
  createEntityFilter,
  type FilterType,
  type ListQuery,
  searchKey,
  sortEntities,
} from '../../../lib/popup/filter-entities';

const TYPES: HighlightType[] = ['PERSON', 'PLACE', 'ORG', 'TERM', 'NAME'];

/** 300 entities whose order, counts and types are spread so that no sort is accidentally right. */
function generate(n = 300): EntitySummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `E${i}`,
    name: i % 50 === 7 ? `Zhanaözen ${i}` : `Name ${i}`,
    type: TYPES[i % TYPES.length] as HighlightType,
    mentions: ((i * 37) % 11) + 1,
    firstAt: ((i * 7919) % 1000) * 10,
    forms: i % 60 === 3 ? [`Name ${i}`, `Alias${i}`] : [`Name ${i}`],
    description: i % 3 === 0 ? `Entry number ${i} in the République list` : undefined,
  }));
}

const query = (over: Partial<ListQuery> = {}): ListQuery => ({ text: '', hidden: new Set(), sort: 'first', ...over });
const flat = (groups: { entities: EntitySummary[] }[]) => groups.flatMap((g) => g.entities);

describe('the popup list filter', () => {
  const entities = generate();

  it('keeps all 300 names, grouped in the order of types, by first mention within each', () => {
    const groups = createEntityFilter()(entities, query());
    expect(groups.map((g) => g.type)).toEqual(TYPES);
    expect(flat(groups)).toHaveLength(300);
    for (const g of groups) {
      expect(g.entities.every((e) => e.type === g.type)).toBe(true);
      const firsts = g.entities.map((e) => e.firstAt ?? 0);
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  it('sorts by number of mentions, ties in reading order', () => {
    const sorted = sortEntities(entities, 'mentions');
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1] as EntitySummary, sorted[i] as EntitySummary];
      expect(a.mentions > b.mentions || (a.mentions === b.mentions && (a.firstAt ?? 0) <= (b.firstAt ?? 0))).toBe(true);
    }
  });

  it('keeps hand-made entities without an offset in their given order, after the rest', () => {
    const plain = [
      { id: 'a', name: 'A', type: 'PERSON', mentions: 1 },
      { id: 'b', name: 'B', type: 'PERSON', mentions: 1, firstAt: 5 },
      { id: 'c', name: 'C', type: 'PERSON', mentions: 1 },
    ] satisfies EntitySummary[];
    expect(sortEntities(plain, 'first').map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('matches the name, the forms and the description, ignoring case and accents', () => {
    const filter = createEntityFilter();
    const names = (text: string) => flat(filter(entities, query({ text }))).map((e) => e.id);
    const accented = entities.filter((e) => e.name.startsWith('Zhana')).map((e) => e.id);
    expect(names('ZHANAOZEN').sort(byIndex)).toEqual(accented);
    expect(names('alias63')).toEqual(['E63']);
    expect(names('republique list').length).toBe(100);
    expect(names('no such name')).toEqual([]);
    expect(searchKey({ id: 'x', name: 'Élysée', type: 'PLACE', mentions: 1 })).toContain('elysee');
  });

  it('hides the types switched off but never the names of unknown type', () => {
    const hidden = new Set<FilterType>(['PERSON', 'PLACE', 'ORG', 'TERM']);
    const groups = createEntityFilter()(entities, query({ hidden }));
    expect(groups.map((g) => g.type)).toEqual(['NAME']);
    expect(groups[0]?.entities).toHaveLength(60);
  });

  it('answers the same query with the same groups, and sorts again only for a new order or new data', () => {
    const filter = createEntityFilter();
    const first = filter(entities, query({ text: 'name' }));
    expect(filter(entities, query({ text: 'name' }))).toBe(first);
    const byMentions = flat(filter(entities, query({ sort: 'mentions' })));
    expect(byMentions.map((e) => e.id)).not.toEqual(flat(first).map((e) => e.id));
    const fresh = generate(10);
    expect(flat(filter(fresh, query()))).toHaveLength(10);
  });
});

function byIndex(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
