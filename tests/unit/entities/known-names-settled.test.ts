/**
 * Names the news is made of, settled by the article on the real pack (issue 16):
 * a place that a comma sets after a name is its container, a city of millions
 * comes before namesakes it dwarfs, the sense Backstory's curated entries were
 * written for comes before a sense of another type, and a witness that says
 * nothing about which entry is meant is not counted.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { Cluster } from '../../../lib/entities/clusters';
import { namedCountries, otherNames } from '../../../lib/entities/other-names';
import { curatedSense } from '../../../lib/entities/place-standing';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import type { ReferenceEntry } from '../../../lib/model';
import { loadReference } from '../../../scripts/lib/load-reference';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const entities = (text: string) => resolveMentions(detectMentions(text, reference.termLexicon), reference);
const find = (text: string, form: string) => entities(text).find((e) => e.forms.includes(form));

describe('a place after a comma is the container of the place before it', () => {
  it('makes London the Ontario city when the article says so', () => {
    const london = find('The bakery in London, Ontario, will hire forty workers this spring.', 'London');
    expect(london?.reference?.facts?.country).toBe('Canada');
  });

  it('does not make "New York" the state because a place in the state comes before it', () => {
    const text =
      'The choir sang in Brooklyn, New York, on Friday. Next month it travels from Boston to New York ' +
      'again, and in June to New York City for a gala.';
    const newYork = find(text, 'New York');
    expect(newYork?.reference?.name).toBe('New York City');
  });
});

describe('a city of millions before the namesakes it dwarfs', () => {
  it('makes London the British capital when nothing in the article says otherwise', () => {
    const london = find('A London cab driver won the award for the second year running.', 'London');
    expect(london?.reference?.facts?.country).toBe('United Kingdom');
    expect(london?.likely).toBe(true);
  });
});

const entryOf = (name: string, type: ReferenceEntry['type']): ReferenceEntry => ({
  name,
  type,
  description: `${name}, ${type}`,
  source: 'pack',
  sourceLabel: 'test',
});

describe('the sense the curated entries were written for', () => {
  it('makes Amazon the company when the article gives no type, as a likely reading', () => {
    const amazon = find('Her second novel sold well on Amazon and in bookshops across the region.', 'Amazon');
    expect(amazon?.reference?.type).toBe('ORG');
    expect(amazon?.likely).toBe(true);
  });

  it('chooses only between entries of different types', () => {
    const entry = (name: string, type: ReferenceEntry['type'], curated?: boolean): ReferenceEntry => ({
      name,
      type,
      description: `${name}, ${type}`,
      source: 'pack',
      sourceLabel: 'test',
      ...(curated ? { curated } : {}),
    });
    const company = entry('Orinoco', 'ORG', true);
    expect(curatedSense([company, entry('Orinoco', 'PLACE')], 'Orinoco')).toBe(company);
    expect(curatedSense([company, entry('Orinoco', 'ORG')], 'Orinoco')).toBeNull();
    expect(curatedSense([entry('Orinoco', 'PLACE'), entry('Orinoco', 'ORG')], 'Orinoco')).toBeNull();
  });

  it('leaves a short name the curated entry was given to the article: Orinoco the town, or Orinoco Mining Company', () => {
    const company = { ...entryOf('Orinoco Mining Company', 'ORG'), curated: true };
    expect(curatedSense([company, entryOf('Orinoco', 'PLACE')], 'Orinoco')).toBeNull();
  });
});

describe('witnesses that say nothing about which entry is meant', () => {
  const cluster = (form: string): Cluster => ({
    key: form.toLowerCase(),
    candidates: [{ start: 0, end: form.length, form, cue: null, sentenceInitial: false }],
    reference: null,
    ambiguous: [],
    ambiguousType: null,
    byKey: false,
  });
  const state = reference.match('New York')?.ambiguous.find((e) => e.facts?.kind === 'region') as ReferenceEntry;

  it('does not let a name of the entry\'s own country speak for it ("U.S." for a "U.S. state")', () => {
    const none = new Map<string, Cluster[]>();
    const witnesses = otherNames(cluster('New York'), new Set(['u.s.']), none, namedCountries(reference));
    expect(state.description).toMatch(/U\.S\./);
    expect(witnesses.score(state)).toBe(0);
    const albany = otherNames(cluster('New York'), new Set(['albany']), none, namedCountries(reference));
    expect(albany.score(state)).toBe(1);
  });

  it('counts a place in a region for it, unless the place holds the name itself', () => {
    const score = (place: string) =>
      otherNames(
        cluster('New York'),
        new Set(),
        new Map([['new york', [cluster(place)]]]),
        namedCountries(reference),
      ).score(state);
    expect(score('Buffalo')).toBe(1);
    expect(score('New York City')).toBe(0);
  });

  it('does not let the name speak for the entry whose description holds it ("based in Toyota City")', () => {
    const company = reference.match('Toyota')?.ambiguous.find((e) => e.type === 'ORG') as ReferenceEntry;
    expect(company.description).toMatch(/Toyota City/);
    const witnesses = otherNames(cluster('Toyota'), new Set(['toyota']), new Map(), namedCountries(reference));
    expect(witnesses.score(company)).toBe(0);
  });

  it("does not count a place in the state for the state when the city of the state's name may be meant", () => {
    const text = 'The lamps lit the Moulin Rouge in Paris and New York’s Times Square for a century.';
    expect(find(text, 'New York')?.reference?.name).toBe('New York City');
  });
});

describe('a country by its name', () => {
  it('makes "America" the United States, a name of the country ranking as its name', () => {
    expect(
      reference
        .match('America')
        ?.ambiguous.map((e) => e.facts?.kind)
        .sort(),
    ).toEqual(['country', 'other']);
    const america = find('Voters across America waited for the count on Wednesday night.', 'America');
    expect(america?.reference?.name).toBe('United States');
  });

  it('makes Taiwan the country, not its island or its government, though the article names mainland China', () => {
    const text = 'Beijing warned Taiwan again on Monday, and officials in China said the patrols would go on.';
    expect(find(text, 'Taiwan')?.reference?.facts?.kind).toBe('country');
  });

  it('makes Pennsylvania the state, not the colony that "formed the United States", in a story naming the country', () => {
    const text = 'The United States Mint opened a plant in Pennsylvania, near the Ohio border, last spring.';
    expect(find(text, 'Pennsylvania')?.reference?.description).toMatch(/U\.S\. state/);
  });

  it('does not let "America" speak for a state of North America over the capital', () => {
    const text =
      'Ukraine asked for help. Kyiv and Lviv and Odesa waited, Ukraine waited, and Ukraine waited again. ' +
      'Senators from Ohio and Texas said America would answer once they returned to Washington next week.';
    expect(find(text, 'Washington')?.reference?.facts?.kind).toBe('capital');
  });
});
