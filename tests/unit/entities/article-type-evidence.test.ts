/**
 * Types a reader takes from the article and the name lists (issue 15): the
 * state before a party member, a lone word of a person's name, a company's
 * multi-word name, and untyped names the article marks as programmes.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const set = (list: string) => new Set(list.split(' '));
const companies = set('tinto billiton kestrix');
const given = set('margie claude georges lucy');
const ordinary = set('debt military today');

const base = buildReferenceIndex(
  [
    { name: 'Virginia', type: 'PLACE', description: 'US state.' },
    { name: 'Ohio', type: 'PLACE', description: 'US state.' },
    { name: 'New York', type: 'PLACE', description: 'US state.' },
    { name: 'Corvina', type: 'ORG', description: 'A maker of phones.' },
  ],
  'pack',
  'test data',
);
const reference: ReferenceIndex = {
  ...base,
  isCompany: (w) => companies.has(w),
  isGivenName: (w) => given.has(w),
  isOrdinaryWord: (w) => ordinary.has(w),
};
const entities = (text: string) => groupMentions(detectMentions(text), reference).map((e) => [e.name, e.type]);

describe('a place before a party member', () => {
  it('is the place, and the member word is no name', () => {
    const text = 'Senator Ann Rowe, a Virginia Democrat, voted against it with two Ohio Republicans.';
    expect(entities(text)).toEqual([
      ['Ann Rowe', 'PERSON'],
      ['Virginia', 'PLACE'],
      ['Ohio', 'PLACE'],
    ]);
  });
});

describe('a lone word of the names of two people', () => {
  it('is a person, though it joins neither', () => {
    const text =
      'Trade minister Kim Ji-won met Margie Kim, an exporter from Busan, on Monday. On Tuesday police questioned Kim about the deal.';
    expect(entities(text)).toContainEqual(['Kim', 'PERSON']);
  });

  it('stays untyped when no person in the article bears it', () => {
    const text = 'Trade minister Park Ji-won met Margie Lowe, an exporter from Busan. Later Ardwick sent a letter.';
    expect(entities(text)).not.toContainEqual(['Ardwick', 'PERSON']);
  });
});

describe('a first name used alone', () => {
  it('is a person when only people bear it', () => {
    expect(entities('The neighbours had not seen Lucy since the storm began.')).toEqual([['Lucy', 'PERSON']]);
  });

  it('stays untyped when it is also an ordinary word', () => {
    const reference2: ReferenceIndex = { ...reference, isOrdinaryWord: (w) => w === 'lucy' };
    const found = groupMentions(detectMentions('The neighbours had not seen Lucy since the storm began.'), reference2);
    expect(found.map((e) => e.type)).not.toContain('PERSON');
  });
});

describe('a name that ends in a word of the company list', () => {
  it('is a company when its first word is no one’s name', () => {
    expect(entities('Profits at Dunmore Kestrix slipped in the spring.')).toEqual([['Dunmore Kestrix', 'ORG']]);
    expect(entities('Profits at BHP Billiton slipped in the spring.')).toEqual([['BHP Billiton', 'ORG']]);
  });

  it('is not a company when a first name opens it', () => {
    expect(entities('The neighbours had not seen Margie Kestrix since the storm.')).not.toContainEqual([
      'Margie Kestrix',
      'ORG',
    ]);
  });
});

describe('a known company’s name before a word no body’s name ends in', () => {
  it('is a product, left unhighlighted when nothing types it', () => {
    expect(entities('Reviewers liked the new Corvina Vela, which sold out in a day.')).toEqual([]);
  });

  it('keeps the company itself, and its bodies', () => {
    expect(entities('The Corvina Foundation funds schools, and Corvina pays for them.')).toEqual([
      ['Corvina Foundation', 'ORG'],
      ['Corvina', 'ORG'],
    ]);
  });
});

describe('a name and the initial of a surname', () => {
  it('is a person', () => {
    expect(entities('Readers who only learned of it believed Tamrat K.’s post raised a new issue.')).toEqual([
      ['Tamrat K', 'PERSON'],
    ]);
  });

  it('is not a person when its word is an ordinary word', () => {
    expect(entities('The board held Debt B in reserve.')).not.toContainEqual(['Debt B', 'PERSON']);
  });
});
