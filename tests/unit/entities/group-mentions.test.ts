import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const reference = buildReferenceIndex(
  [
    { name: 'European Union', type: 'ORG', description: 'Union of European states.', aliases: ['EU'] },
    { name: 'Kassym-Jomart Tokayev', type: 'PERSON', description: 'President of Kazakhstan.', aliases: ['Toqaev'] },
  ],
  'pack',
  'test data',
);
const group = (text: string) => groupMentions(findNames(text), reference);

describe('groupMentions', () => {
  it('joins a surname used alone to the full name and calls it a person', () => {
    const [boqaev] = group('The activist Maks Boqaev was freed. Boqaev thanked supporters, and Boqaev left.');
    expect(boqaev).toMatchObject({ name: 'Maks Boqaev', type: 'PERSON', forms: ['Maks Boqaev', 'Boqaev'] });
    expect(boqaev?.mentions).toHaveLength(3);
  });

  it('keeps a surname apart when two full names share it', () => {
    const entities = group('Anna Ivanova met Olga Ivanova in the hall, and Ivanova spoke.');
    expect(entities.map((e) => e.name)).toEqual(['Anna Ivanova', 'Olga Ivanova', 'Ivanova']);
  });

  it('merges the forms of one reference entry, such as an acronym and its expansion', () => {
    const entities = group('The European Union (EU) said the EU would act.');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'European Union', type: 'ORG', forms: ['European Union', 'EU'] });
    expect(entities[0]?.reference?.description).toBe('Union of European states.');
  });

  it('names a known entity by its reference name and keeps the article forms', () => {
    const [tokayev] = group('Earlier, Toqaev spoke to the press.');
    expect(tokayev).toMatchObject({ name: 'Kassym-Jomart Tokayev', forms: ['Toqaev'], type: 'PERSON' });
  });

  it('drops an unknown word seen only at the start of sentences', () => {
    expect(group('Freedom is not justice. Freedom, she said, matters.')).toEqual([]);
  });

  it('gives an unknown name with no cue the plain name type', () => {
    expect(group('a message to Quorn Halbery arrived')[0]?.type).toBe('NAME');
  });

  it('orders entities by first mention and keeps mention offsets on their forms', () => {
    const text = 'In Atyrau, Maks Boqaev met the EU envoy. Boqaev later left Atyrau.';
    const entities = groupMentions(findNames(text), reference);
    expect(entities.map((e) => e.name)).toEqual(['Atyrau', 'Maks Boqaev', 'European Union']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.form);
  });
});

describe('typing names the reference data does not know', () => {
  it('does not take products with acronyms or numbers for people, nor a company that "said" something', () => {
    const entities = group(
      'The PS4 Pro and the AMD Polaris GPU arrived. PS4 Pro owners waited. Microsoft said it would respond.',
    );
    for (const e of entities) expect(e.type, e.name).not.toBe('PERSON');
  });

  it('does not run initials into the next sentence', () => {
    expect(group('He bought the Xbox One S. That was in May.').map((e) => e.name)).toEqual(['Xbox One S']);
  });
});
