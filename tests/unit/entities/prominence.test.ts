/**
 * The last tie-break: when the article does not settle a name, the entry more
 * sources know wins, marked as the likely meaning, and only when the article
 * gives the name's type. Built on a small pack of its own.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { toCardModel } from '../../../lib/page/entity-models';
import type { PackRecord } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { indexRecords } from '../../../scripts/pack/index-records';

const place = (name: string, description: string, sources: number[], facts: PackRecord['facts']): PackRecord => ({
  name,
  type: 'PLACE',
  description,
  sources,
  aliases: [],
  facts,
});
const SOURCES = [0, 1, 2].map((i) => ({ label: `Source ${i}`, licence: 'L', url: 'https://example.org/' }));
const reference = packIndex(
  indexRecords(
    [
      place('Florida', 'U.S. state; capital Tallahassee.', [0, 1, 2], { country: 'United States', kind: 'region' }),
      place('Florida', 'Region of Puerto Rico.', [2], { country: 'Puerto Rico', kind: 'region' }),
      place('Florida', 'Region of Uruguay.', [2], { country: 'Uruguay', kind: 'region' }),
      place('San Juan', 'Capital of Puerto Rico.', [1], { country: 'Puerto Rico', kind: 'city' }),
    ],
    SOURCES,
  ),
);
const florida = (text: string) => groupMentions(findNames(text), reference).find((e) => e.forms.includes('Florida'));

describe('prominence as the last tie-break', () => {
  it('takes the best-known Florida when the article says it is a place, and says it is only likely', () => {
    const found = florida('Storms left thousands without power in Florida on Monday.');
    expect(found?.reference?.description).toBe('U.S. state; capital Tallahassee.');
    expect(found?.likely).toBe(true);
    const card = toCardModel(found as NonNullable<typeof found>, () => '');
    expect(card.likely).toBe(true);
  });

  it('lets the story’s country decide before prominence, and then it is sure', () => {
    const found = florida('Officials in San Juan said the storm passed near Florida, in the island’s north.');
    expect(found?.reference?.description).toBe('Region of Puerto Rico.');
    expect(found?.likely).toBeUndefined();
  });

  it('guesses nothing when the article does not even say the name is a place', () => {
    const found = florida('The word the class spelled was Florida, the teacher said.');
    expect(found?.reference).toBeNull();
    expect(found?.ambiguous).toHaveLength(3);
  });
});
