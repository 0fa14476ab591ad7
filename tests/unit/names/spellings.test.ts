/** Spellings of one name, in other romanisations or in Cyrillic, meet on its transliteration key; terms never do. */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/model';
import { translitKey } from '../../../lib/names/translit-key';
import { buildReferenceIndex, type ReferenceRecord } from '../../../lib/reference/reference-index';

const P = 'PERSON';
const L = 'PLACE';

const record = (name: string, type: EntityType): ReferenceRecord => ({ name, type, description: `About ${name}` });
const index = (records: ReferenceRecord[]) => buildReferenceIndex(records, 'pack', 'test');

const SAME_NAME: [EntityType, string, ...string[]][] = [
  [P, 'Nazarbaev', 'Nazarbayev', 'Назарбаев', 'NAZARBAYEV'],
  [P, 'Tokayev', 'Toqaev', 'Токаев', 'Тоқаев'],
  [P, 'Kassym-Jomart', 'Qasym-Zhomart', 'Касым-Жомарт', 'Kassym Jomart'],
  [P, 'Bokayev', 'Boqaev'],
  [P, 'Max', 'Maks'],
  [P, 'Mirziyoyev', 'Мирзиёев'],
  [P, 'Aliyev', 'Aliev', 'Алиев'],
  [P, 'Yeltsin', 'Ельцин'],
  [P, 'Mikhail', 'Mihail', 'Михаил'],
  [P, 'Jamshid', 'Dzhamshid', 'Джамшид'],
  [P, 'Gorbachev', 'Горбачёв'],
  [P, 'Zelensky', 'Zelenskyy'],
  [L, 'Zhanaozen', 'Janaozen', 'Жанаозен'],
  [L, 'Karagandy', 'Qaragandy', 'Караганды'],
  [L, 'Tajikistan', 'Tadzhikistan', 'Tadjikistan'],
];

describe('spellings of one name', () => {
  it.each(SAME_NAME)('finds the %s record %s under its other spellings', (type, name, ...variants) => {
    const ref = index([record(name, type), record('Astana', 'PLACE')]);
    for (const variant of variants) {
      expect(translitKey(variant), variant).toBe(translitKey(name));
      expect(ref.lookup(variant)?.name, variant).toBe(name);
    }
  });
});

describe('terms', () => {
  it('never finds a TERM by its transliteration key', () => {
    const misspelling = 'clemmency';
    expect(translitKey(misspelling)).toBe(translitKey('clemency'));
    const terms = index([record('clemency', 'TERM')]);
    expect(terms.lookup('clemency')?.name).toBe('clemency');
    expect(terms.lookup('Clemency')?.name).toBe('clemency');
    expect(terms.match(misspelling)).toBeNull();
    // The same spelling as a proper name is found by its key, so the TERM rule is what keeps it out.
    expect(index([record('clemency', 'PERSON')]).lookup(misspelling)?.name).toBe('clemency');
  });
});
