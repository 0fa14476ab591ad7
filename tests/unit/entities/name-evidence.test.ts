import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { isCompanyName, looksLikeFullName } from '../../../lib/entities/name-lists';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const set = (list: string) => new Set(list.split(' '));
const companies = set('costco kroger snapchat apple');
const given = set('trent hiroko');
const wordGiven = set('john mark matt');
const nameWords = set('hiroko masuike gruber');
const ordinary = set('paper reprint hungry apple mark power will');

const base = buildReferenceIndex(
  [
    { name: 'New York', type: 'PLACE', description: 'City in the United States.' },
    { name: 'Alaska', type: 'PLACE', description: 'US state.' },
  ],
  'pack',
  'test data',
);
const reference: ReferenceIndex = {
  ...base,
  isCompany: (w) => companies.has(w),
  isGivenName: (w) => given.has(w),
  isWordGivenName: (w) => wordGiven.has(w),
  isPersonNameWord: (w) => nameWords.has(w),
  isOrdinaryWord: (w) => ordinary.has(w) || (w.endsWith('s') && ordinary.has(w.slice(0, -1))),
};
const typeOf = (text: string, name: string) =>
  groupMentions(findNames(text), reference).find((e) => e.name === name)?.type;
const names = (text: string) => groupMentions(detectMentions(text), reference).map((e) => e.name);

describe('types from name lists and shapes', () => {
  it.each([
    [['Costco'], true],
    [['Kroger', 'Co.'], true],
    [['SmartAsset.com'], true],
    [['WhatsApp'], true],
    [['Lucasfilm'], true],
    [['McCartney'], false],
    [['Costco', 'Wholesale', 'Club'], false],
    [['Paris'], false],
  ])('%j is a company name: %s', (words, expected) => expect(isCompanyName(words, reference)).toBe(expected));

  it.each([
    [['John', 'Gruber'], true],
    [['Trent', 'Hamm'], true],
    [['Chang', 'W.', 'Lee'], true],
    [['Rolfe', 'McCartney'], true],
    [['Hiroko', 'Masuike'], true],
    [['Mark', 'Power'], false],
    [['Will', 'Power'], false],
    [['Matt', 'Costco'], false],
    [['Vision', 'Pro'], false],
  ])('%j looks like a full name: %s', (words, expected) => expect(looksLikeFullName(words, reference)).toBe(expected));

  it('types an unknown company and an unknown full name', () => {
    const text = 'Shoppers left Costco early, and Trent Hamm wrote about it for readers.';
    expect(typeOf(text, 'Costco')).toBe('ORG');
    expect(typeOf(text, 'Trent Hamm')).toBe('PERSON');
  });

  it('lets a title before a company word make a person', () => {
    expect(typeOf('The report was signed by Mr Kroger in March.', 'Kroger')).toBe('PERSON');
  });
});

describe('capitalised words that are not entities', () => {
  it('drops the people of a place, party members and believers', () => {
    const found = names('New Yorkers and Alaskan fishermen met Republicans, Catholics and Salafists in New York.');
    expect(found).toEqual(['New York']);
  });

  it('drops a lone ordinary word nothing types, and keeps a company that is a word', () => {
    const found = names('Order Reprints from the desk. Tired staff went home. The phones came from Apple and Costco.');
    expect(found).not.toContain('Reprints');
    expect(found).toEqual(expect.arrayContaining(['Apple', 'Costco']));
  });

  it('keeps an ordinary word that the article types', () => {
    expect(names('Readers of the Paper newspaper wrote in.')).toContain('Paper');
  });

  it('finds no names in markup shown as text', () => {
    expect(names('The comment held <Img Src=x Onerror=alert(1)> and nothing else, wrote Matt Gruber.')).toEqual([
      'Matt Gruber',
    ]);
  });
});

describe('heads of company names', () => {
  it('keeps a company that "said" something an organisation at every mention', () => {
    expect(typeOf('Whole Foods said prices would fall. Whole Foods stores opened early.', 'Whole Foods')).toBe('ORG');
  });
});
