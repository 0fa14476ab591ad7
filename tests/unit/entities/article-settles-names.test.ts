/**
 * The failures of issue 16, on the real knowledge pack: a name the pack knows
 * in several senses is settled from the article (its other places, its
 * dateline and its country), and a famous person's other forms find them.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { annotateText } from '../../../lib/pipeline/annotate';
import { loadReference } from '../../../scripts/lib/load-reference';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const entities = (text: string) => resolveMentions(detectMentions(text, reference.termLexicon), reference);
const find = (text: string, form: string) => entities(text).find((e) => e.forms.includes(form));

describe('Obama by every form of his WordNet synset', () => {
  it.each(['Barack Hussein Obama', 'Barack Obama', 'Obama'])('"%s" is the 44th president', (form) => {
    expect(reference.match(form)?.entry).toMatchObject({ name: 'Barack Hussein Obama', type: 'PERSON' });
  });

  it('gives "Mr. Obama" and "President Obama" in an article the same card', () => {
    const text = 'President Barack Obama flew home. Mr. Obama said the talks went well, and Obama left.';
    const obama = entities(text).filter((e) => e.type === 'PERSON');
    expect(obama).toHaveLength(1);
    expect(obama[0]?.reference?.description).toMatch(/44th President/);
    expect(obama[0]?.mentions).toHaveLength(3);
  });

  it('leaves a surname alone when the article gives it to someone else', () => {
    const text = 'Arthur Edward Waite wrote the book. The deck Waite designed sold well.';
    expect(find(text, 'Waite')?.reference).toBeFalsy();
  });
});

describe('acronyms and their expansions, from the data', () => {
  it.each([
    ['NASA', 'National Aeronautics and Space Administration'],
    ['FBI', 'Federal Bureau of Investigation'],
  ])('%s and %s are one entry', (acronym, expansion) => {
    const short = reference.match(acronym)?.entry;
    expect(short?.type).toBe('ORG');
    expect(reference.match(expansion)?.entry).toEqual(short);
  });

  it('joins an acronym to its expansion in an article through the pack', () => {
    const text = 'The Federal Bureau of Investigation opened a case. The FBI said it would say more soon.';
    const fbi = entities(text).filter((e) => e.type === 'ORG');
    expect(fbi).toHaveLength(1);
    expect(fbi[0]?.forms.sort()).toEqual(['FBI', 'Federal Bureau of Investigation']);
  });
});

describe('an ambiguous place settled by the article', () => {
  it('makes Sydney the Australian city when the article names Australia', () => {
    const sydney = find('Netanyahu flew to Sydney, Australia, on Monday for talks.', 'Sydney');
    expect(sydney?.reference?.facts?.country).toBe('Australia');
    expect(sydney?.likely).toBeUndefined();
  });

  it('makes Sydney the Canadian town when the article is about Nova Scotia', () => {
    const sydney = find('The mill in Sydney, Nova Scotia, closed. Halifax officials said Canada would help.', 'Sydney');
    expect(sydney?.reference?.facts?.country).toBe('Canada');
  });

  it('keeps Paris French in an American story', () => {
    const text = 'The senators from Ohio met in Chicago. Later the delegation met its allies in Paris.';
    expect(find(text, 'Paris')?.reference?.facts?.country).toBe('France');
  });

  it('makes Georgia the US state in a story about the United States, and the country beside Tbilisi', () => {
    const us = find('Voters in Atlanta and Savannah, Georgia, went to the polls on Tuesday.', 'Georgia');
    expect(us?.reference?.facts?.country).toBe('United States of America');
    const caucasus = find('Protesters filled Tbilisi, the capital of Georgia, on Sunday.', 'Georgia');
    expect(caucasus?.reference?.facts?.kind).toBe('country');
  });
});

describe('Washington', () => {
  it('is the capital in a "WASHINGTON —" dateline of a White House story, never a person or a state', () => {
    const text =
      'WASHINGTON — The White House said on Tuesday that Congress must act. Mr. Obama spoke to senators from Ohio.';
    const dateline = find(text, 'WASHINGTON');
    expect(dateline).toMatchObject({ type: 'PLACE' });
    expect(dateline?.reference?.facts?.kind).toBe('capital');
  });

  it('is the capital in a story about US politics without a dateline', () => {
    const text = 'Senators from Ohio and Texas met in Washington on Tuesday as the White House pressed Florida.';
    expect(find(text, 'Washington')?.reference?.facts?.kind).toBe('capital');
  });

  it('is the state when the article says where in it', () => {
    const text =
      'Protesters marched in Seattle and Spokane. Washington has the highest minimum wage, officials in Olympia said.';
    expect(find(text, 'Washington')?.reference?.facts?.kind).toBe('region');
  });
});

describe('a dateline with an agency', () => {
  it('keeps MOSCOW a place and the Associated Press its own organisation', () => {
    const found = annotateText(
      'MOSCOW (AP) — President Vladimir Putin met foreign ministers on Monday, officials said.',
      reference,
    ).entities;
    const moscow = found.find((e) => e.forms.includes('MOSCOW'));
    const ap = found.find((e) => e.forms.includes('AP'));
    expect(moscow).toMatchObject({ type: 'PLACE', source: 'pack' });
    expect(moscow?.description).toMatch(/Russia/);
    expect(ap).toMatchObject({ name: 'Associated Press', type: 'ORG' });
    expect(ap?.forms).not.toContain('MOSCOW');
  });
});
