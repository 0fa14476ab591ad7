/**
 * Where an appositive ends and whose it is (issue 16): one that runs on into
 * the sentence's verb stops before it, and the comma that closes a phrase
 * opening the sentence ("In Kentucky, the Democratic candidate, …") does not
 * make the person after it the place's role.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const roleOf = (text: string, form: string) => findNames(text).find((c) => c.form === form)?.role;

describe('an appositive whose closing comma is missing', () => {
  it('ends before the verb that runs on from it', () => {
    const text = 'In 1781, Antoine Court de Gébelin, a French Freemason and Protestant pastor published a book.';
    expect(roleOf(text, 'Antoine Court de Gébelin')).toBe('a French Freemason and Protestant pastor');
  });

  it('keeps the words that join a noun phrase to what it says', () => {
    const text = 'Ana Ruiz, a professor of law and the author of two books on the court, will testify.';
    expect(roleOf(text, 'Ana Ruiz')).toBe('a professor of law and the author of two books on the court');
  });

  it('keeps a clause inside the appositive whose verb comes after its subject', () => {
    const text = 'Jon Hale, a man the police sought for weeks, was arrested.';
    expect(roleOf(text, 'Jon Hale')).toBe('a man the police sought for weeks');
  });
});

describe('a name that ends the phrase opening a sentence', () => {
  it('does not take the person after its comma for its role', () => {
    const text = 'In Kentucky, the Democratic candidate, Andy Beshear, promised to protect Medicaid.';
    expect(roleOf(text, 'Kentucky')).toBeUndefined();
  });

  it('keeps an appositive that describes the place', () => {
    const text = 'In Atyrau, an oil town on the Caspian, police detained six men.';
    expect(roleOf(text, 'Atyrau')).toBe('an oil town on the Caspian');
  });

  it('keeps a person appositive after a name that opens the sentence itself', () => {
    expect(roleOf('Tom Ray, the Democratic candidate, spoke.', 'Tom Ray')).toBe('the Democratic candidate');
  });
});

describe('an appositive with a clause of its own', () => {
  it('keeps the verb of a clause that describes the name', () => {
    const text = 'It inspired Pamela Colman Smith, the artist Waite chose to draw his deck, and others.';
    expect(roleOf(text, 'Pamela Colman Smith')).toBe('the artist Waite chose to draw his deck');
  });
});

describe('the subject after a phrase that opens a sentence', () => {
  it('is not the role of the place the phrase names when no comma closes it', () => {
    const text = 'In Hanoi, the Communist party of Vietnam met on Monday to choose its leaders.';
    expect(roleOf(text, 'Hanoi')).toBeUndefined();
  });

  it('is not the role either when it runs on to a verb before its object', () => {
    const text = 'At Fremantle, the port authority opened a new wharf, officials said.';
    expect(roleOf(text, 'Fremantle')).toBeUndefined();
  });
});

describe('a clause after a phrase that opens a sentence', () => {
  it('is no role of the place, though a comma follows it', () => {
    const text = 'In Hanoi, the Communist party of Vietnam met on Monday, state media reported.';
    expect(roleOf(text, 'Hanoi')).toBeUndefined();
  });

  it('leaves a role whose verb sits in a relative clause', () => {
    const text = 'In Almaty, a city that has grown fast, rents rose again.';
    expect(roleOf(text, 'Almaty')).toBe('a city that has grown fast');
  });
});
