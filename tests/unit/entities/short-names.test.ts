/**
 * Short names for bodies the data knows by their full names: a company
 * without its "Inc.", a country's institution without the country. Built on a
 * small pack of its own.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import type { PackRecord } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { indexRecords } from '../../../scripts/pack/index-records';

const org = (name: string, description: string): PackRecord => ({
  name,
  type: 'ORG',
  description,
  sources: [0],
  aliases: [],
});
const base = packIndex(
  indexRecords(
    [
      org('Apple Inc.', 'American technology company.'),
      org('SoftBank Group', 'Japanese technology investment company.'),
      org('United States Congress', 'The legislature of the United States.'),
      org('Department of the Treasury', 'The federal department that collects revenue.'),
      org('Supreme Court of India', "India's highest court."),
      { ...org('United States House of Representatives', 'The lower house of Congress.'), aliases: ['U.S. House'] },
      org('Supreme Court of the United States', 'The highest federal court of the United States.'),
      org('Labour Party', 'A political party of the left.'),
      { ...org('Labour Party of India', "A party in India's parliament."), aliases: [] },
      {
        name: 'India',
        type: 'PLACE',
        description: 'A country in South Asia.',
        sources: [0],
        aliases: [],
        facts: { kind: 'country' },
      },
      {
        name: 'United States',
        type: 'PLACE',
        description: 'A country in North America.',
        sources: [0],
        aliases: [],
        facts: { kind: 'country' },
      },
      {
        name: 'Ohio',
        type: 'PLACE',
        description: 'U.S. state.',
        sources: [0],
        aliases: [],
        facts: { kind: 'region', country: 'United States' },
      },
    ],
    [{ label: 'Test', licence: 'L', url: 'https://example.org/' }],
  ),
);
const reference = { ...base, isCompany: (w: string) => w === 'apple' };
const entity = (text: string, form: string) =>
  groupMentions(detectMentions(text), reference).find((e) => e.forms.includes(form));

describe('short names', () => {
  it('gives a company the list knows the entry of its name with "Inc."', () => {
    expect(
      entity('Shares of Apple fell after the launch, and Apple said sales were strong.', 'Apple')?.reference?.name,
    ).toBe('Apple Inc.');
  });

  it('gives a company named with its legal form the entry of its name without it', () => {
    const text = 'Shares of SoftBank Group Corp. rose on Monday in Tokyo.';
    expect(entity(text, 'SoftBank Group Corp')?.reference?.name).toBe('SoftBank Group');
    expect(entity('Shares of Acme Group Corp rose.', 'Acme Group Corp')?.reference ?? null).toBeNull();
  });

  it("gives a country's institution the entry of its full name in a story about that country", () => {
    const text =
      'Voters in Ohio and across the United States watched the vote. Congress has not taken up the bill, the United States Treasury said.';
    expect(entity(text, 'Congress')?.reference?.name).toBe('United States Congress');
  });

  it('completes the name with the story\'s country written without "the": the Supreme Court of India', () => {
    const india = 'Bank shares in India rallied after the Supreme Court upheld the sale, and India cheered.';
    expect(entity(india, 'Supreme Court')?.reference?.name).toBe('Supreme Court of India');
    const us = 'Voters across the United States waited as the Supreme Court heard the case in Ohio.';
    expect(entity(us, 'Supreme Court')?.reference?.name).toBe('Supreme Court of the United States');
  });

  it("gives a capitalised word inside a sentence the body of the story's country it names with the country's initials", () => {
    const text = 'Voters across the United States said he should be impeached by the House and tried in Ohio.';
    expect(entity(text, 'House')?.reference?.name).toBe('United States House of Representatives');
    const opening = 'House prices rose across the United States, and prices in Ohio rose most.';
    expect(entity(opening, 'House')?.reference ?? null).toBeNull();
  });

  it('gives none without a story country to complete the name', () => {
    expect(entity('Congress has not taken up the bill.', 'Congress')?.reference ?? null).toBeNull();
  });

  it('reads "Library of Congress" as one name, not Congress', () => {
    const text = 'Voters across the United States watched. She read in the stacks of the Library of Congress.';
    expect(entity(text, 'Congress')).toBeUndefined();
    expect(entity(text, 'Library of Congress')).toBeDefined();
  });

  it("gives a body the data names in general the story's country's own of that name, and keeps it elsewhere", () => {
    const india = 'Voters in India went to the polls, and the Labour Party said its candidates had won three seats.';
    expect(entity(india, 'Labour Party')?.reference?.name).toBe('Labour Party of India');
    const ohio = 'Voters across the United States went to the polls, and the Labour Party said it had won in Ohio.';
    expect(entity(ohio, 'Labour Party')?.reference?.name).toBe('Labour Party');
  });
});
