/** A surname alone that the data knows only as a famous person's gets no card, but stays a person's name. */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const base = buildReferenceIndex(
  [
    { name: 'Sigmund Freud', type: 'PERSON', description: 'Austrian neurologist.', aliases: ['Freud'] },
    { name: 'Henry Ford', type: 'PERSON', description: 'American industrialist.', aliases: ['Ford'] },
    { name: 'Walter Elias Disney', type: 'PERSON', description: 'American animator.', aliases: ['Disney'] },
    { name: 'Gerald Ford', type: 'PERSON', description: 'American president.', aliases: ['Ford'] },
  ],
  'pack',
  'test data',
);
const reference: ReferenceIndex = { ...base, isCompany: (w) => w === 'ford' || w === 'disney' };
const entity = (text: string, form: string) =>
  groupMentions(detectMentions(text), reference).find((e) => e.forms.includes(form));

describe('a surname the data knows only as a famous person', () => {
  it('gives no card but keeps the type PERSON', () => {
    const freud = entity('Researchers now think that Freud was right about the unconscious mind.', 'Freud');
    expect(freud?.reference).toBeNull();
    expect(freud?.type).toBe('PERSON');
  });

  it('does not make a company of the same name a person', () => {
    const ford = entity('Researchers now think that Ford was right about the market.', 'Ford');
    expect(ford?.reference).toBeNull();
    expect(ford?.type).not.toBe('PERSON');
  });

  it('reads a company name whose spelling key differs from its folded form as the company', () => {
    const disney = entity('The studio was bought by Disney in a deal that closed last year.', 'Disney');
    expect(disney?.reference).toBeNull();
    expect(disney?.type).toBe('ORG');
  });

  it('still makes the company name a person where a cue says so', () => {
    const ford = entity('The book quotes President Ford on the pardon.', 'Ford');
    expect(ford?.type).toBe('PERSON');
  });
});
