/**
 * Names that look alike but are different people or places must stay apart in
 * the reference index, while spellings of one name must meet on its key.
 *
 * Pairs that deliberately share a transliteration key (SHARED below):
 * - Samara/Samarra, Halle/Hale, Kassel/Kasel: doubled letters collapse (the rule
 *   that makes Kassym meet Qasym);
 * - Sakha/Saha: a "kh" inside a word becomes "h" (the rule for Mikhail/Mihail);
 * - Bayer/Baer: the y-glide between vowels drops (the rule for Nazarbayev).
 * This is safe because both names of a pair are found in the exact tier first,
 * so each spelling still gets its own entry; only a third, variant spelling
 * reaches the key tier, and there it gets an ambiguous match (no entry, both
 * candidates listed) instead of a guess.
 *
 * Spellings that must meet on one key are in spellings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../lib/model';
import { translitKey } from '../../../lib/names/translit-key';
import { buildReferenceIndex, type ReferenceRecord } from '../../../lib/reference/reference-index';

type Pair = [a: string, b: string, typeA: EntityType, typeB?: EntityType];

const P = 'PERSON';
const L = 'PLACE';

const APART: Pair[] = [
  ['Bush', 'Busch', P],
  ['Ivanov', 'Ivanova', P],
  ['Kim Jong-un', 'Kim Jong-il', P],
  ['Khan', 'Han', P],
  ['Alexander', 'Alexandra', P],
  ['Petrov', 'Petrova', P],
  ['Smirnov', 'Smirnova', P],
  ['Nazarbaev', 'Nazarbaeva', P],
  ['Tokayev', 'Tokayeva', P],
  ['Aliyev', 'Aliyeva', P],
  ['Daniel', 'Daniela', P],
  ['Julian', 'Juliana', P],
  ['Andrea', 'Andreas', P],
  ['Francis', 'Frances', P],
  ['Stephen', 'Steven', P],
  ['Carl', 'Karl', P],
  ['Angela', 'Angelo', P],
  ['Roberta', 'Roberto', P],
  ['Maria', 'Mario', P],
  ['Orban', 'Urban', P],
  ['Chen', 'Cheng', P],
  ['Wang', 'Wong', P],
  ['Clinton', 'Clifton', P],
  ['Austin', 'Austen', P],
  ['Sydney', 'Sidney', L, P],
  ['Austria', 'Australia', L],
  ['Iran', 'Iraq', L],
  ['Niger', 'Nigeria', L],
  ['Slovakia', 'Slovenia', L],
  ['Gambia', 'Zambia', L],
  ['Mali', 'Malawi', L],
  ['Guinea', 'Guyana', L],
  ['Sudan', 'South Sudan', L],
  ['Dominica', 'Dominican Republic', L],
  ['Latvia', 'Lithuania', L],
  ['Tokyo', 'Kyoto', L],
  ['Kazakhstan', 'Kyrgyzstan', L],
  ['Turkmenistan', 'Turkestan', L],
  ['Colombia', 'Columbia', L],
  ['Granada', 'Grenada', L],
  ['Gaza', 'Giza', L],
  ['Malta', 'Yalta', L],
  ['Lagos', 'Laos', L],
  ['Oman', 'Omaha', L],
  ['Mosul', 'Mosel', L],
  ['Hamburg', 'Homburg', L],
  ['Armenia', 'Romania', L],
  ['Switzerland', 'Swaziland', L],
  ['Nigeria', 'Algeria', L],
  ['Serbia', 'Siberia', L],
  ['Chile', 'China', L],
  ['Karachi', 'Karaj', L],
];

/** Pairs that share a key, with a third spelling that reaches only that key. */
const SHARED: [...Pair, variant: string][] = [
  ['Samara', 'Samarra', L, L, 'Sammara'],
  ['Halle', 'Hale', L, L, 'Haale'],
  ['Kassel', 'Kasel', L, L, 'Kassell'],
  ['Sakha', 'Saha', L, P, 'Саха'],
  ['Bayer', 'Baer', P, P, 'Baeyer'],
];

const record = (name: string, type: EntityType): ReferenceRecord => ({ name, type, description: `About ${name}` });
const index = (records: ReferenceRecord[]) => buildReferenceIndex(records, 'pack', 'test');

describe('false friends', () => {
  it('lists at least 40 pairs', () => {
    expect(APART.length + SHARED.length).toBeGreaterThanOrEqual(40);
  });

  const both: Pair[] = [...APART, ...SHARED.map(([a, b, typeA, typeB]): Pair => [a, b, typeA, typeB])];
  it.each(both)('finds %s and %s each as itself when both are known', (a, b, typeA, typeB?: EntityType) => {
    const ref = index([record(a, typeA), record(b, typeB ?? typeA)]);
    for (const name of [a, b, a.toUpperCase(), b.toUpperCase()]) {
      const match = ref.match(name);
      expect(match?.entry?.name, name).toBe(name === a || name === a.toUpperCase() ? a : b);
      expect(match?.ambiguous, name).toEqual([]);
    }
  });

  it.each(APART)('does not give %s as the answer for %s', (a, b, typeA) => {
    const ref = index([record(a, typeA)]);
    expect(ref.lookup(a)?.name).toBe(a);
    expect(ref.lookup(b)?.name).not.toBe(a);
  });

  it.each(SHARED)('reports a variant of %s and %s as ambiguous', (a, b, typeA, typeB, variant) => {
    expect(translitKey(b)).toBe(translitKey(a));
    expect(translitKey(variant)).toBe(translitKey(a));
    const ref = index([record(a, typeA), record(b, typeB ?? typeA)]);
    const match = ref.match(variant);
    expect(match?.tier).toBe('key');
    expect(match?.entry).toBeNull();
    expect(match?.ambiguous.map((e) => e.name).sort()).toEqual([a, b].sort());
  });
});
