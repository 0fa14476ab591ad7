import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const forms = (text: string) => findNames(text).map((c) => c.form);

describe('findNames', () => {
  it('finds capitalised sequences and leaves titles out of the name', () => {
    const found = findNames('On Monday President Qasym-Zhomart Toqaev met Dr Aliya Nurova in the city.');
    expect(found.map((c) => c.form)).toEqual(['Qasym-Zhomart Toqaev', 'Aliya Nurova']);
    expect(found.every((c) => c.cue === 'PERSON')).toBe(true);
  });

  it('drops possessives but keeps apostrophes inside names', () => {
    expect(forms("the rally in support of Nazarbaev's rival Patrick O'Neill ended.")).toEqual([
      'Nazarbaev',
      "Patrick O'Neill",
    ]);
  });

  it('keeps connectors inside names but not at their edges', () => {
    expect(forms('a loan from the Bank of England and a speech by Ursula von der Leyen of Brussels.')).toEqual([
      'Bank of England',
      'Ursula von der Leyen',
      'Brussels',
    ]);
  });

  it('ignores sentence openers, months and weekdays', () => {
    expect(forms('Unfortunately, it rained. However the team left on Tuesday in March.')).toEqual([]);
  });

  it('joins initials to the surname', () => {
    expect(forms('the novelist J. K. Rowling said')).toEqual(['J. K. Rowling']);
  });

  it('does not split a name at a soft hyphen or a no-break space', () => {
    expect(forms('a statement from Nazar\u00ADbaev and from Maks\u00A0Boqaev today')).toEqual([
      'Nazar\u00ADbaev',
      'Maks\u00A0Boqaev',
    ]);
  });

  it('takes no names from lines written in capitals', () => {
    expect(forms('BREAKING NEWS FROM ASTANA TODAY\nThe court in Atyrau ruled.')).toEqual(['Atyrau']);
  });

  it('cues organisations by their head word and places by their preposition', () => {
    const found = findNames('Officials of the Interior Ministry arrived in Atyrau with the Democratic Party.');
    expect(found.map((c) => [c.form, c.cue])).toEqual([
      ['Interior Ministry', 'ORG'],
      ['Atyrau', 'PLACE'],
      ['Democratic Party', 'ORG'],
    ]);
  });

  it('marks a one-word name that starts a sentence', () => {
    const [first, second] = findNames('Freedom matters, said Boqaev.');
    expect(first).toMatchObject({ form: 'Freedom', sentenceInitial: true });
    expect(second).toMatchObject({ form: 'Boqaev', sentenceInitial: false });
  });

  it('reports offsets that point at exactly the form', () => {
    const text = 'By Dana Seitkali in Almaty\n\nThe European Union (EU) said.';
    for (const c of findNames(text)) expect(text.slice(c.start, c.end)).toBe(c.form);
  });
});
