import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const found = (text: string) => findNames(text).map((c) => [c.form, c.cue]);

describe('names that hold a possessive or a lower-case head', () => {
  it("joins a people's possessive to the name it opens, with either apostrophe", () => {
    expect(found('Troops of the People’s Liberation Army crossed the river near the border.')).toEqual([
      ['People’s Liberation Army', 'ORG'],
    ]);
    expect(found("An editorial in the People's Daily praised the harvest.")).toEqual([["People's Daily", 'ORG']]);
  });

  it("does not join a person's possessive to the body after it", () => {
    const forms = found("Lawyers at Obama's Justice Department disagreed.").map(([f]) => f);
    expect(forms).toContain('Justice Department');
    expect(forms.some((f) => f?.startsWith('Obama'))).toBe(true);
    expect(forms.some((f) => f?.includes("Obama's"))).toBe(false);
  });

  it('reads a lower-case "party" after a political adjective as the party\'s name', () => {
    const parties = found(
      'Delegates of the Chinese Communist party gathered, and the Democratic Progressive party won.',
    );
    expect(parties).toContainEqual(['Chinese Communist party', 'ORG']);
    expect(parties).toContainEqual(['Democratic Progressive party', 'ORG']);
    expect(found('She had long been a member of the Labour party in Leeds.')).toContainEqual(['Labour party', 'ORG']);
  });

  it('leaves a party of any other kind out of the name', () => {
    expect(found('The staff held a Christmas party at the Downing Street flat.').map(([f]) => f)).not.toContain(
      'Christmas party',
    );
  });

  it('reads a possessive that owns no noun, where a firm or a shop stands, as the firm', () => {
    expect(found('A rare deck was sold at Christie’s in 2009 for a record sum.')).toEqual([['Christie’s', 'ORG']]);
    expect(found('The writer sold his pamphlets through shops such as Foyle’s, and by post.')).toEqual([
      ['Foyle’s', 'ORG'],
    ]);
  });

  it('keeps a possessive before a noun, or a contraction, out of the name', () => {
    expect(found("He left at Trump's urging and went home.").map(([f]) => f)).toEqual(['Trump']);
    expect(found("Asked about it, Garcia's been clear since Monday.").map(([f]) => f)).toEqual(['Garcia']);
  });
});

describe('a possessive in a comparison', () => {
  it('is not read as a firm', () => {
    const text = "The senator's plan differs from Alvarez's, which cut taxes.";
    expect(findNames(text).map((c) => c.form)).not.toContain("Alvarez's");
  });
});

describe('a possessive where a shop or a site stands', () => {
  const forms = (text: string) => findNames(text).flatMap((c) => (c.sentenceInitial ? [] : [c.form]));

  it('opens the name of the body or the place its head word ends', () => {
    expect(forms('Shoppers at Dell’s Market and walkers near Tanner’s Wharf waited.')).toEqual([
      'Dell’s Market',
      'Tanner’s Wharf',
    ]);
  });

  it('keeps a country apart from its parliament, and a person from a word after it', () => {
    expect(forms('A vote in Norway’s Parliament came after Ruiz’s Plan failed.')).toContain('Norway');
  });
});

describe('a holiday named with a possessive', () => {
  it('is one word of the calendar, not a name', () => {
    expect(findNames('the florists sell most roses before Mother’s Day and Valentine’s Day.')).toEqual([]);
  });
});
