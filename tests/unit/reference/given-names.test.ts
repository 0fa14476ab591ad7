/**
 * First names in the pack: a known person's first word is a first name only
 * when it is no title or epithet ("Duke" Ellington, "Mother" Teresa, "Great"
 * of a king), unless name lists of several languages give it ("Frank").
 */
import { describe, expect, it } from 'vitest';
import type { PackRecord } from '../../../lib/reference/pack-format';
import { loadReference } from '../../../scripts/lib/load-reference';
import { isTitleOrEpithet } from '../../../scripts/pack/given-names';
import { indexRecords } from '../../../scripts/pack/index-records';

const words = new Set(['duke', 'mother', 'frank', 'virgin', 'great']);
const languages = new Map([
  ['frank', new Set(['da', 'de', 'en', 'fr'])],
  ['virgin', new Set(['cs'])],
  ['ottoline', new Set(['en'])],
]);

describe('a title or an epithet', () => {
  it('is a lower-case word that no name list, or one alone, gives as a first name', () => {
    expect(isTitleOrEpithet('duke', words, languages)).toBe(true);
    expect(isTitleOrEpithet('great', words, languages)).toBe(true);
    expect(isTitleOrEpithet('virgin', words, languages)).toBe(true);
  });

  it('is not a word that the name lists of several languages give, nor a name that is no word', () => {
    expect(isTitleOrEpithet('frank', words, languages)).toBe(false);
    expect(isTitleOrEpithet('ottoline', words, languages)).toBe(false);
  });
});

const person = (name: string): PackRecord => ({
  name,
  type: 'PERSON',
  description: 'A person.',
  aliases: [],
  sources: [0],
});

describe("the pack's first names", () => {
  it("leave out a known person's first word that is a title or an epithet", () => {
    const records = [person('Duke Kowalczyk'), person('Frank Oduya'), person('Mother Anselma')];
    const given = indexRecords(records, [], [], (w) => isTitleOrEpithet(w, words, languages)).givenNames;
    expect(given).toContain('frank');
    expect(given).not.toContain('duke');
    expect(given).not.toContain('mother');
  });

  it('as built, hold no rank, kinship word or epithet, and keep names that are also words', () => {
    // The pack is built by `npm run pack` (npm install and npm test run it first).
    const reference = loadReference();
    for (const word of ['duke', 'emperor', 'mother', 'virgin', 'great', 'little', 'chief', 'czar'])
      expect(reference.isGivenName(word), word).toBe(false);
    for (const word of ['frank', 'henry', 'martin', 'iris']) expect(reference.isGivenName(word), word).toBe(true);
  });
});
