import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const forms = (text: string) => findNames(text).map((c) => c.form);
const cueOf = (text: string, form: string) => findNames(text).find((c) => c.form === form)?.cue;

describe('where a name begins and ends', () => {
  it('keeps a list of portfolios inside a ministry or bureau name', () => {
    expect(forms('Officials at the Ministry of Natural Resources, Ecology and Technical Supervision said so.')).toEqual(
      ['Ministry of Natural Resources, Ecology and Technical Supervision'],
    );
    expect(forms('A report by the United Nations Educational, Scientific and Cultural Organization followed.')).toEqual(
      ['United Nations Educational, Scientific and Cultural Organization'],
    );
  });

  it('does not swallow a list of other names after a body', () => {
    expect(forms('The Bank of England, Barclays and Lloyds all cut rates.')).toEqual([
      'Bank of England',
      'Barclays',
      'Lloyds',
    ]);
  });

  it('lets an ordinal begin the name of a unit but not of anything else', () => {
    expect(forms('Then fighters of the 33rd Front attacked.')).toEqual(['33rd Front']);
    expect(findNames('They met at the 21st Century Summit.')).toMatchObject([{ form: 'Century Summit', cue: 'TERM' }]);
  });

  it('keeps a capitalised compound inside a body name, and where a body "for" something works', () => {
    expect(forms('Then the Corruption Investigation Office for High-ranking Officials acted.')).toEqual([
      'Corruption Investigation Office for High-ranking Officials',
    ]);
    expect(forms('Then the Movement for Quality Government in Israel sued.')).toEqual([
      'Movement for Quality Government in Israel',
    ]);
    expect(forms('Then the minister stayed in Israel.')).toEqual(['Israel']);
  });

  it('marks a word before "language" or "chiefs" as the name of a people', () => {
    expect(findNames('They spoke the Haida language.')[0]).toMatchObject({ form: 'Haida', groupWord: true });
    expect(findNames('They met Haida Nation officials.')[0]?.groupWord).toBeUndefined();
  });

  it('stops a body name before initials that begin a person', () => {
    expect(forms('It included the National Party of F. W. de Klerk.')).toEqual(['National Party', 'F. W. de Klerk']);
  });

  it('treats contractions, adjective compounds and quoted titles as no names', () => {
    expect(forms("Then I'm told We've gone, he said.")).toEqual([]);
    expect(forms('Then a Just-released patch for a Two-year-old game came out.')).toEqual([]);
    expect(forms('Then Kim Jong-un spoke.')).toEqual(['Kim Jong-un']);
    expect(forms('The hearing began at 10:30 AM ET on Monday, and officials said little.')).toEqual([]);
    const quoted = findNames('UNESCO named it "Revive the Spirit of Mosul" last year.');
    expect(quoted.filter((c) => c.inQuotedTitle).map((c) => c.form)).toEqual(['Revive', 'Spirit', 'Mosul']);
    expect(quoted.find((c) => c.form === 'UNESCO')?.inQuotedTitle).toBeUndefined();
  });

  it('keeps the name before an adjective tail: "-led", "-based", "-area", "-certified"', () => {
    expect(forms('The Seattle-area stores and MSC-certified fish sold out.')).toEqual(['Seattle', 'MSC']);
    expect(forms('A Tehran-backed militia and a Lagos-based bank both issued statements.')).toEqual([
      'Tehran',
      'Lagos',
    ]);
    expect(forms('Workers at the Mercer Island-based firm said the Nairobi-led talks failed.')).toEqual([
      'Mercer Island',
      'Nairobi',
    ]);
    expect(forms('Then a Newly-elected council and a Publicly-funded school met.')).toEqual([]);
    expect(forms('It is a 2019 Indian Tamil-language thriller for Spanish-speaking viewers.')).toEqual(['Indian']);
  });

  it('reads a month abbreviation before a name as a first name, and drops months and holidays', () => {
    expect(forms('The volunteer Jan Kowalski arrived on Monday.')).toEqual(['Jan Kowalski']);
    expect(forms('Families remember Bloody January.')).toEqual([]);
    expect(forms('It was set on New Year and again on Christmas.')).toEqual([]);
  });
});

describe('cues that type a name from its context', () => {
  it('reads the noun after a name', () => {
    expect(cueOf('They rebuilt the al-Hadba minaret.', 'al-Hadba')).toBe('PLACE');
    expect(cueOf('He is a veteran of the Likud party.', 'Likud')).toBe('ORG');
    expect(cueOf('Near the Davydov and Lysyi glaciers, ice retreats.', 'Davydov')).toBe('PLACE');
  });

  it('reads a role noun or kinship before a name', () => {
    expect(cueOf('It killed its long-time leader Hassan Nasrallah.', 'Hassan Nasrallah')).toBe('PERSON');
    expect(cueOf('A new prime minister, Nawaf Salam, took office.', 'Nawaf Salam')).toBe('PERSON');
    expect(cueOf('Her brother Elie died in the blast.', 'Elie')).toBe('PERSON');
  });

  it('takes adjective titles as titles only when capitalised', () => {
    expect(cueOf('It draws on a major Seattle industry.', 'Seattle')).not.toBe('PERSON');
    expect(cueOf('The unit was led by Major Tom Hale.', 'Tom Hale')).toBe('PERSON');
  });

  it('types a photographer in a credit by the credit, not by the words of the name', () => {
    expect(cueOf('Photo: Ellen Park/Reuters', 'Ellen Park')).toBe('PERSON');
  });

  it('marks a place found only through a preposition as a weak cue', () => {
    const [amal] = findNames('Protesters from Amal gathered.');
    expect(amal).toMatchObject({ cue: 'PLACE', weakCue: true });
  });
});

describe('cues from the words around a name', () => {
  it.each([
    ['the Solidarity trade union was born', 'Solidarity', 'ORG'],
    ['according to trade body UK Finance, loans rose', 'UK Finance', 'ORG'],
    ['the stake held by the state-owned Kyrgyzaltyn rose', 'Kyrgyzaltyn', 'ORG'],
    ['several insurers, including State Farm, left', 'State Farm', 'ORG'],
    ['neighbourhoods, including Gemmayzeh, Mar Mikhael and Karantina, were hit', 'Mar Mikhael', 'PLACE'],
    ['a former member of the M-19 guerrilla movement spoke', 'M-19', 'ORG'],
    ['the plan known as Vision 2030 stalled', 'Vision 2030', 'TERM'],
    ['the Eaton Fire destroyed homes', 'Eaton Fire', 'TERM'],
    ['what critics called Abenomics ended', 'Abenomics', 'TERM'],
    ['visitors to the Museum of the Second World War queued', 'Museum of the Second World War', 'ORG'],
  ])('"%s" makes %s a %s', (text, form, type) => expect(cueOf(`Then ${text}.`, form)).toBe(type));

  it("takes a party word off the front of a full name, as the person's affiliation", () => {
    expect(findNames('Voters replaced Republican Dana Whitfield in May.')).toMatchObject([
      { form: 'Dana Whitfield', role: 'Republican' },
    ]);
    expect(forms('The delegates left the Republican National Convention early.')).toEqual([
      'Republican National Convention',
    ]);
    expect(forms('The Democratic Progressive Party won the vote.')).toEqual(['Democratic Progressive Party']);
  });

  it("keeps a title's plural alone where a place stands, and drops it elsewhere", () => {
    expect(forms('A deli in Astoria, Queens, shut its doors.')).toEqual(['Astoria', 'Queens']);
    expect(forms('She moved to Queens after college.')).toEqual(['Queens']);
    expect(forms('The two Queens met at the palace.')).toEqual([]);
  });
});

describe('a Title Case phrase in single curly quotes', () => {
  it('is a title, whose capitals prove nothing', () => {
    const found = findNames('Critics praised ‘Harbour Lights Forever’ at the festival in Tallinn.');
    expect(found.filter((c) => c.inQuotedTitle).map((c) => c.form)).toEqual(['Harbour Lights Forever']);
    expect(found.find((c) => c.form === 'Tallinn')?.inQuotedTitle).toBeUndefined();
  });

  it('does not take an apostrophe for the closing quote', () => {
    const found = findNames('He said ‘we will see’ and left Marta’s Bakery for Tallinn.');
    expect(found.filter((c) => c.inQuotedTitle)).toEqual([]);
  });
});
