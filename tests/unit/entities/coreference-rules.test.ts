import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

// Reference entries that collide with people's and bodies' names, as real gazetteers do.
const reference = buildReferenceIndex(
  [
    { name: 'Jackson', type: 'PLACE', description: 'City in Mississippi.', aliases: [] },
    { name: 'Mohammed', type: 'PERSON', description: 'The prophet of Islam.', aliases: [] },
    { name: 'European Commission', type: 'ORG', description: 'Executive of the EU.', aliases: [] },
  ],
  'pack',
  'test data',
);
const group = (text: string) => groupMentions(findNames(text), reference);
const byName = (text: string) => new Map(group(text).map((e) => [e.name, e]));

describe('group words', () => {
  it('drops nationality and group words, alone or after one word, but keeps the names around them', () => {
    const names = group('However the Kazakh team and South Koreans met Central Asian envoys in Jackson.').map(
      (e) => e.name,
    );
    expect(names).toEqual(['Jackson']);
  });
});

describe('coreference inside one article', () => {
  it('lets a surname join the full name even when the reference knows the word as a place', () => {
    const entities = byName('The ruling was written by Justice Ketanji Brown Jackson. Jackson said the law was clear.');
    expect(entities.get('Ketanji Brown Jackson')?.forms).toEqual(['Ketanji Brown Jackson', 'Jackson']);
    expect(entities.get('Ketanji Brown Jackson')?.reference).toBeNull();
    expect(entities.has('Jackson')).toBe(false);
  });

  it('keeps the reference for the word when no full name in the article owns it', () => {
    const [jackson] = group('Flooding closed roads in Jackson on Monday.');
    expect(jackson).toMatchObject({ name: 'Jackson', type: 'PLACE' });
  });

  it('does not give a first name the card of someone else the data knows by it', () => {
    const entities = group(
      'Crown Prince Mohammed bin Salman met Mohammed bin Zayed. Later, Mohammed spoke to reporters.',
    );
    expect(entities.flatMap((e) => e.forms)).toContain('Mohammed');
    expect(entities.some((e) => e.reference?.description === 'The prophet of Islam.')).toBe(false);
  });

  it('joins a surname to the longest name when a shorter form of it is also in the article', () => {
    const entities = byName('Ursula von der Leyen spoke first. Von der Leyen said more; then von der Leyen left.');
    expect(entities.get('Ursula von der Leyen')?.mentions).toHaveLength(3);
  });

  it("joins a body's head word used alone to the one body it can name", () => {
    const [commission] = group('The European Commission proposed a loan. "The Commission has designed this," he said.');
    expect(commission).toMatchObject({ name: 'European Commission', forms: ['European Commission', 'Commission'] });
  });

  it('leaves a head word alone when two bodies of the article share it', () => {
    const entities = byName('The Bank of England and the Reserve Bank of India met. The Bank said little.');
    expect(entities.has('Bank')).toBe(true);
  });

  it("joins a party's distinctive word to the party", () => {
    const entities = byName('Ali Hassan Khalil of the Amal Movement was charged. Protesters from Amal gathered.');
    expect(entities.get('Amal Movement')?.forms).toEqual(['Amal Movement', 'Amal']);
  });

  it('joins a place named without its lake or river, and its last word, to the place', () => {
    const entities = byName(
      'Tourists crowd Lake Issyk-Kul each summer. Issyk-Kul is warm. The dam stands on the Vakhsh River; the Vakhsh floods.',
    );
    expect(entities.get('Lake Issyk-Kul')?.forms).toEqual(['Lake Issyk-Kul', 'Issyk-Kul']);
    expect(entities.get('Vakhsh River')?.forms).toEqual(['Vakhsh River', 'Vakhsh']);
  });

  it('joins another name the article gives with "known as"', () => {
    const entities = byName('The Japanese Trade Union Confederation, known as Rengō, asked for more. Rengō won.');
    expect(entities.get('Japanese Trade Union Confederation')?.forms).toEqual([
      'Japanese Trade Union Confederation',
      'Rengō',
    ]);
  });

  it('follows a chain of joins: an acronym, the acronym with its legal form, the full name', () => {
    const entities = group(
      'NNPC Ltd raised prices. The Nigerian National Petroleum Company Limited, to give NNPC its full name, agreed.',
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.forms).toEqual(['NNPC Ltd', 'Nigerian National Petroleum Company Limited', 'NNPC']);
  });

  it('joins a law in the plural and a body named without one of its words', () => {
    const entities = byName(
      'The Basic Law on dignity is one of the Basic Laws. A panel of the Supreme Federal Court ruled; the Supreme Court agreed.',
    );
    expect(entities.get('Basic Law')?.forms).toEqual(['Basic Law', 'Basic Laws']);
    expect(entities.get('Supreme Federal Court')?.forms).toEqual(['Supreme Federal Court', 'Supreme Court']);
  });

  it('spells out an acronym that leaves out the legal form', () => {
    const entities = byName('Nigerian National Petroleum Company Limited (NNPC) raised prices. NNPC said so.');
    expect(entities.get('Nigerian National Petroleum Company Limited')?.forms).toContain('NNPC');
  });
});
