/**
 * The context-agreement gate: a reference entry shows only where what the
 * article says the name is agrees with what the entry is. Built on a small
 * pack of its own, with word classes written as the pack build writes them.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { kindsOfPhrase } from '../../../lib/entities/context-agreement';
import { groupMentions } from '../../../lib/entities/group-mentions';
import type { PackRecord } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { kindsDisagree } from '../../../lib/reference/word-kinds';
import { indexRecords } from '../../../scripts/pack/index-records';

const record = (
  name: string,
  type: PackRecord['type'],
  kinds: string,
  description: string,
  facts?: PackRecord['facts'],
): PackRecord => ({ name, type, description, sources: [0], aliases: [], kinds, ...(facts ? { facts } : {}) });

const NOUNS = {
  achievement: 'e',
  agreement: 'ewz',
  carmaker: 'o',
  city: 'go',
  compatriot: 'p',
  newspaper: 'owz',
  aunt: 'p',
  philosopher: 'Sp',
  schooner: 'vx',
  scientist: 'Sp',
  senator: 'Lp',
  way: 'efgxz',
};
const pack = indexRecords(
  [
    record('Polaris', 'PLACE', 'c', 'The brightest star in Ursa Minor.'),
    record('Metro', 'PLACE', 'g', 'City in Indonesia.', { kind: 'city', country: 'Indonesia' }),
    record('Samuel Huntington', 'PERSON', 'Lp', 'American revolutionary leader and governor of Connecticut.'),
    record('Dunkirk', 'PLACE', 'g', 'A seaport in northern France.', { kind: 'city', country: 'France' }),
    record('Columbus', 'PLACE', 'g', 'The state capital of Ohio.', { kind: 'city', admin: 'Ohio', country: 'US' }),
    record('Columbus', 'PLACE', 'g', 'A city in western Georgia.', { kind: 'city' }),
    record('Indiana', 'PLACE', 'g', 'U.S. state.', { kind: 'region', country: 'US' }),
    record('Paris', 'PLACE', 'g', 'Capital of France.', { kind: 'capital', country: 'France' }),
    record('France', 'PLACE', 'g', 'A republic in western Europe.', { kind: 'country' }),
    record('Lincoln', 'PLACE', 'g', 'Capital of Nebraska.', { kind: 'capital', admin: 'Nebraska', country: 'US' }),
    record('Lincoln', 'ORG', 'o', 'An American maker of luxury cars.'),
    record('Nancy', 'PLACE', 'g', 'A city in northeastern France.', { kind: 'city', country: 'France' }),
    record('Macbeth', 'PERSON', 'Lp', 'King of Scotland who murdered Duncan.'),
    record('Miranda', 'PLACE', 'g', 'Region of Venezuela.', { kind: 'region', country: 'Venezuela' }),
  ],
  [{ label: 'Test', licence: 'L', url: 'https://example.org/' }],
);
const reference = packIndex({
  ...pack,
  nounKinds: Object.entries(NOUNS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, kinds]) => `${word}\t${kinds}`)
    .join('\n'),
});
const withNames = {
  ...reference,
  isWordGivenName: (w: string) => w === 'nancy',
  isPersonNameWord: (w: string) => w === 'swarbrick' || w === 'nancy',
};
const entity = (text: string, form: string, index = reference) =>
  groupMentions(detectMentions(text), index).find((e) => e.forms.includes(form));

describe('a reference entry of another kind than the article says is dropped', () => {
  it('does not give a schooner the star of the same name', () => {
    const polaris = entity('The crew loaded the schooner Polaris with bait before dawn on Tuesday.', 'Polaris');
    expect(polaris?.reference).toBeNull();
  });

  it('reads the class from an appositive that says the name is one of several', () => {
    const text = 'They loaded up the Polaris, one of four century-old wooden schooners still fishing for halibut.';
    expect(entity(text, 'Polaris')?.reference).toBeNull();
  });

  it('does not make a newspaper a city', () => {
    expect(entity('A story in the newspaper Metro said the line would close.', 'Metro')?.reference).toBeNull();
  });

  it('does not make a political scientist the revolutionary leader of the same name', () => {
    const text = 'The book was praised by the political scientist Samuel Huntington in a long review.';
    expect(entity(text, 'Samuel Huntington')?.reference).toBeNull();
  });

  it('keeps the entry when the article calls the person what the entry says', () => {
    const text = 'Letters by the senator Samuel Huntington were read aloud in the hall.';
    expect(entity(text, 'Samuel Huntington')?.reference?.name).toBe('Samuel Huntington');
  });

  it('does not make a film the town', () => {
    const text = 'The list opens with Dunkirk, a true cinematic achievement, which fills the screen.';
    expect(entity(text, 'Dunkirk')?.reference).toBeNull();
  });

  it("keeps a place when an appositive after it belongs to the clause's subject and the article puts the name where places stand", () => {
    const text =
      'She grew up in late 19th century Dunkirk, a compatriot who studied art there. She later lived in Dunkirk for years.';
    expect(entity(text, 'Dunkirk')?.reference?.name).toBe('Dunkirk');
  });

  it('keeps the town when nothing the article says disagrees', () => {
    expect(entity('Ferries left Dunkirk for Dover on Monday.', 'Dunkirk')?.reference?.name).toBe('Dunkirk');
  });
});

describe('a surname or a title says a person', () => {
  it("takes a person's surname alone as the person's, not a place of that name", () => {
    const text = 'The book by the philosopher Luis de Miranda is new. Even de Miranda admits that neon faded.';
    const miranda = entity(text, 'Miranda');
    expect(miranda?.reference ?? null).toBeNull();
    expect(miranda?.type).toBe('PERSON');
  });

  it('does not give a woman the card of a man of the same name', () => {
    expect(entity('The film follows Lady Macbeth through a cold winter.', 'Macbeth')?.reference ?? null).toBeNull();
    expect(entity('The play shows King Macbeth at the height of his power.', 'Macbeth')?.reference?.name).toBe(
      'Macbeth',
    );
  });

  it('reads a first name after a surname and a comma as a name in a list of references, not a city', () => {
    const text = 'Sources: Swarbrick, Nancy (June 2010). Creative life. Te Ara, Wellington.';
    expect(entity(text, 'Nancy', withNames)?.reference ?? null).toBeNull();
    expect(entity('Trains to Nancy were cancelled on Monday.', 'Nancy', withNames)?.reference?.name).toBe('Nancy');
  });

  it('takes a name after a kinship title as a person', () => {
    expect(
      entity('She stayed with her Aunt Miranda in Chicago for the summer.', 'Miranda')?.reference ?? null,
    ).toBeNull();
  });
});

describe('of the entries a name may mean, those that disagree drop out', () => {
  it('keeps the one entry that agrees with the descriptor', () => {
    const lincoln = entity('Sales at the carmaker Lincoln rose in the spring, its managers said.', 'Lincoln');
    expect(lincoln?.reference?.type).toBe('ORG');
  });

  it('places a town by the region the article sets after it, and gives none when no entry lies there', () => {
    const text = 'Casey lives in Columbus, Indiana. She works at a library.';
    expect(entity(text, 'Columbus')?.reference).toBeNull();
  });

  it('keeps a town that lies in the country set after it', () => {
    const paris = entity('The talks opened in Paris, France. Delegates arrived by train.', 'Paris');
    expect(paris?.reference?.name).toBe('Paris');
  });
});

describe('what the article says, read from its words', () => {
  it('takes the head noun of a descriptor or an appositive', () => {
    expect(kindsOfPhrase('wooden schooner', reference)).toBe('vx');
    expect(kindsOfPhrase('one of four century-old wooden schooners still fishing', reference)).toBe('vx');
    expect(kindsOfPhrase('a true cinematic achievement from the director', reference)).toBe('e');
  });

  it('reads nothing from a plural before one name ("some of the ways Miranda\'s life")', () => {
    expect(kindsOfPhrase('ways', reference)).toBeNull();
  });

  it('does not take "the first such agreement China has signed" as a descriptor of China', () => {
    const [china] = detectMentions('It was the first such agreement China has signed with a rich country.');
    expect(china?.descriptor).toBeUndefined();
  });
});

describe('word classes', () => {
  it('disagree when two things share no class', () => {
    expect(kindsDisagree('vx', 'c')).toBe(true);
    expect(kindsDisagree('owz', 'g')).toBe(true);
    expect(kindsDisagree('go', 'g')).toBe(false);
  });

  it('compare two people by the fields they work in, only when both have one', () => {
    expect(kindsDisagree('Sp', 'Lp')).toBe(true);
    expect(kindsDisagree('ALp', 'Lp')).toBe(false);
    expect(kindsDisagree('p', 'Lp')).toBe(false);
    expect(kindsDisagree('Sp', 'p')).toBe(false);
  });
});
