import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { isCompanyName, looksLikeFullName } from '../../../lib/entities/name-lists';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const set = (list: string) => new Set(list.split(' '));
const companies = set('costco kroger snapchat apple');
const given = set('trent hiroko');
const wordGiven = set('john mark matt sloane georgia');
const nameWords = set('hiroko masuike gruber');
const ordinary = set(
  'paper reprint hungry apple mark power will step figure current time mile hangar navigation roadblock special edition threatening pay baker rocket dependency directory',
);

const base = buildReferenceIndex(
  [
    { name: 'New York', type: 'PLACE', description: 'City in the United States.' },
    { name: 'Alaska', type: 'PLACE', description: 'US state.' },
    { name: 'Georgia', type: 'PLACE', description: 'Country in the Caucasus.' },
    { name: 'Georgia', type: 'PLACE', description: 'US state.' },
    { name: 'Lyon', type: 'PLACE', description: 'City in France.' },
    { name: 'Gari', type: 'PLACE', description: 'Town in Russia.' },
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
    [['Mark', 'Okafor'], true],
    [['Mark', 'Alaska'], false],
    [['Sloane', 'Baker'], true],
    [['Sloane', 'Rockets'], false],
    [['Sloane', 'Dependency'], false],
    [['Georgia', 'Baker'], false],
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

  it('drops the people of a place whose name means two places, or that ends a longer run', () => {
    const found = names('Georgians queued at dawn, while Visiting Lyonians watched from Georgia.');
    expect(found).not.toContain('Georgians');
    expect(found.some((n) => n.includes('Lyonians'))).toBe(false);
    expect(names('In the final, Tomas Garin beat him.')).toEqual(['Tomas Garin']);
  });

  it('drops a lone ordinary word nothing types, and keeps a company that is a word', () => {
    const found = names('Order Reprints from the desk. Tired staff went home. The phones came from Apple and Costco.');
    expect(found).not.toContain('Reprints');
    expect(found).toEqual(expect.arrayContaining(['Apple', 'Costco']));
  });

  it("does not let a preposition's hint keep an ordinary word", () => {
    expect(names('The files were kept in the Directory, and copies in Hungry.')).toEqual([]);
    expect(names('Crews dug in Hungry, Alaska, all week.')).toEqual(['Hungry', 'Alaska']);
  });

  it('keeps an ordinary word that the article types', () => {
    expect(names('Readers of the Paper newspaper wrote in.')).toContain('Paper');
  });

  it('drops counted things: ordinary words and a number that nothing types', () => {
    const found = names(
      'See Step 3 and Figure 4. Current Time 0 showed. Traders met at Mile 12 market and at Hangar 12.',
    );
    expect(found).toEqual(['Mile 12', 'Hangar 12']);
  });

  it('drops degrees and honours after a name, the pronoun I after an opening word, and scores', () => {
    const text =
      'Katie Allen, MD, PhD, led it. Thought I would stay? In the final set Andrey Rublev 6-4 and Taylor Fritz 7-5 were close.';
    expect(names(text)).toEqual(['Katie Allen', 'Andrey Rublev', 'Taylor Fritz']);
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

describe('names shown without a type only when they may be names', () => {
  it('leaves out products, phrases of ordinary words, words made from names, link codes and party tags', () => {
    const text =
      'Readers of Navigation Roadblocks and the Special Editions paid with Apple Pay for Forza Horizon 3. ' +
      'The plan was Orwellian and Life-threatening, wrote Matt Gruber (D-Minn) at t.co/XPxUJuyIAC in the end.';
    expect(names(text)).toEqual(['Matt Gruber']);
  });

  it('keeps a product-like name that the article types', () => {
    expect(names('Shares of Apple Pay rose, and so did Costco.')).toEqual(['Apple Pay', 'Costco']);
  });
});

describe('a lone name met only at sentence starts', () => {
  it('is a name when an age or a role set after it says it is a person', () => {
    const text = 'The protest began at dawn. Nurlan, 24, said the police came at noon. Nurlan, a driver, stayed.';
    expect(typeOf(text, 'Nurlan')).toBe('PERSON');
  });

  it('stays out when nothing but its place at a sentence start speaks for it', () => {
    expect(names('The protest began at dawn. Hungry crowds gathered. Later they left.')).not.toContain('Hungry');
  });
});

describe('one-word names met only at sentence starts', () => {
  it('keeps a listed company and an unknown word with a cue of its own, not an ordinary word', () => {
    const found = names('Costco and Kroger opened early. Zentrix shares fell. Paper costs rose. Orvale was quiet.');
    expect(found).toEqual(expect.arrayContaining(['Costco', 'Zentrix']));
    expect(found).not.toContain('Paper');
    expect(found).not.toContain('Orvale');
  });

  it('still drops a listed company word that is an ordinary word', () => {
    expect(names('Apple growers met in March.')).not.toContain('Apple');
  });

  it('reads one word a source is quoted from as a body, but not a first name', () => {
    expect(typeOf('A spokeswoman for the clinic told Vantelo the trial would go on.', 'Vantelo')).toBe('ORG');
    expect(typeOf('This chart, provided by Quillmark, shows the rise.', 'Quillmark')).toBe('ORG');
    expect(typeOf('Later that night she told Trent the whole story.', 'Trent')).not.toBe('ORG');
  });

  it("reads a place's name before a word no person bears and no dictionary lists as a body there", () => {
    expect(typeOf('The Lyon Quantica scandal grew all summer.', 'Lyon Quantica')).toBe('ORG');
    expect(typeOf('A portrait of Alaska Masuike hung there.', 'Alaska Masuike')).not.toBe('ORG');
    expect(typeOf('The Lyon Baker stall sold out.', 'Lyon Baker')).not.toBe('ORG');
  });
});
