import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const base = buildReferenceIndex([], 'pack', 'test data');
const reference: ReferenceIndex = {
  ...base,
  isCompany: (w) => w === 'paypal',
  isGivenName: (w) => w === 'priya',
};
const names = (text: string) => groupMentions(detectMentions(text), reference).map((e) => [e.name, e.type]);

describe('untyped names whose shape says product, program or code', () => {
  it('leaves out one word with a number in it that nothing types', () => {
    const text = 'The airline flew the Q400x on the new route, and the FX2020-22 budget paid for it.';
    expect(names(text)).toEqual([]);
  });

  it('leaves out one word with a capital inside that nothing types', () => {
    expect(names('The site was rebuilt with ScriptForge and BaseQL over the summer.')).toEqual([]);
  });

  it('keeps such a word when the article types it, or the company list knows it', () => {
    expect(names('Shares of ScriptForge rose, and PayPal fell.')).toEqual([
      ['ScriptForge', 'ORG'],
      ['PayPal', 'ORG'],
    ]);
  });

  it("keeps a surname's shape, which is no product's", () => {
    expect(names('Asked about the vote, the spokesman for McAllister declined to comment.').map(([n]) => n)).toEqual([
      'McAllister',
    ]);
  });

  it('leaves out a name the article sets beside a noun of made things, before it or after it', () => {
    const text =
      'Engineers tested the Velmora spacecraft, and 40,000 Quenby vehicles were sold. ' +
      'The Arvalo sports sedan came later, and doctors tried the drug Zentivex on the patients.';
    expect(names(text)).toEqual([]);
  });

  it('keeps a body or a person beside such a noun, and a name before a verb and a noun', () => {
    const text = 'Shares of PayPal rose after PayPal phones shipped. Priya Raman said phones were banned in class.';
    expect(names(text)).toEqual([
      ['PayPal', 'ORG'],
      ['Priya Raman', 'PERSON'],
    ]);
  });

  it('leaves out an untyped name that ends in a noun of made things', () => {
    expect(names('Many readers installed Vireo Browser and tried the Gallant Sans Font last year.')).toEqual([]);
  });

  it('leaves out an untyped name a noun of made things says it is called', () => {
    expect(names('Doctors tested a skin patch called Dermolin on forty children.')).toEqual([]);
  });

  it('leaves out an untyped name before the noun of a programme', () => {
    expect(names('She wrote the guidance code for the Halcyon project and the Lark Ads program.')).toEqual([]);
  });

  it('keeps a person or a body a programme noun does not describe', () => {
    expect(names('A teacher named Priya Raman joined a company called PayPal.')).toEqual([
      ['Priya Raman', 'PERSON'],
      ['PayPal', 'ORG'],
    ]);
  });

  it('leaves out untyped names listed after a noun of made things', () => {
    const text =
      'The blog runs on plug-ins, including Priya Raman’s Tallyho and Quillet, and avoids fonts (like Brindle Sans).';
    expect(names(text)).toEqual([['Priya Raman', 'PERSON']]);
  });

  it('keeps names listed after a noun of bodies or people', () => {
    expect(names('Retailers, including PayPal and Priya Raman’s shop, signed up.')).toEqual([
      ['PayPal', 'ORG'],
      ['Priya Raman', 'PERSON'],
    ]);
  });
});
