import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const cueOf = (text: string, form: string) => findNames(text).find((c) => c.form === form)?.cue;
const found = (text: string, form: string) => findNames(text).find((c) => c.form === form);
const hint = (text: string, form: string) => {
  const c = found(text, form);
  return c ? [c.cue, c.weakCue === true] : undefined;
};
const reference = buildReferenceIndex(
  [
    { name: 'Seoul', type: 'PLACE', description: 'Capital of South Korea.' },
    { name: 'Alaska', type: 'PLACE', description: 'US state.' },
    { name: 'Kentucky', type: 'PLACE', description: 'US state.' },
    { name: 'Orinoco', type: 'PLACE', description: 'River in Venezuela.' },
    { name: 'Orinoco', type: 'ORG', description: 'A shipping company.' },
  ],
  'pack',
  'test data',
);
const typeOf = (text: string, name: string) =>
  groupMentions(findNames(text), reference).find((e) => e.forms.includes(name))?.type;

describe('evidence for a type in the words around a name', () => {
  it('reads a company word at the end of a name as a body, not elsewhere in it', () => {
    const text = 'Marlow Productions sold its stake to Tessaly Capital. On Friday the Sports Day went ahead.';
    expect(cueOf(text, 'Marlow Productions')).toBe('ORG');
    expect(cueOf(text, 'Tessaly Capital')).toBe('ORG');
    expect(cueOf(text, 'Sports Day')).not.toBe('ORG');
  });

  it('hints a place after "in the" or "across the", and a body for a name that may be one and that nothing places', () => {
    expect(hint('Smoke drifted across the Gran Chaco for days.', 'Gran Chaco')).toEqual(['PLACE', true]);
    expect(hint('She wrote a column in the Evening Clarion.', 'Evening Clarion')).toEqual(['PLACE', true]);
    expect(typeOf('Barges moved slowly in the Orinoco.', 'Orinoco')).toBe('PLACE');
    expect(typeOf('Orinoco hired forty sailors. Later, Orinoco grew.', 'Orinoco')).toBe('ORG');
  });

  it('reads a title abbreviation as a title, not as the end of a sentence', () => {
    const text = 'The grocer grew fast. Mr. Kroger said the chain would open stores, and Dr. Alvarado agreed.';
    expect(cueOf(text, 'Kroger')).toBe('PERSON');
    expect(found(text, 'Kroger')?.sentenceInitial).toBe(false);
    expect(cueOf(text, 'Alvarado')).toBe('PERSON');
  });

  it('still reads a period after an ordinary word as a sentence end', () => {
    expect(found('They went home. Kroger opened later.', 'Kroger')?.sentenceInitial).toBe(true);
  });

  it.each([
    ['Shares of Hotelied rose on Monday.', 'Hotelied'],
    ['She is the chief executive of Hotelied, the agency said.', 'Hotelied'],
    ['said Tom Forte, a managing director at Davidsonia.', 'Davidsonia'],
    ['Apple has partnered with Zeiss to sell inserts.', 'Zeiss'],
    ["Then Zeiss's shareholders voted.", 'Zeiss'],
    ['The report quoted Zeiss executives in the town.', 'Zeiss'],
  ])('reads a body from what the sentence does with it: %s', (text, name) => expect(cueOf(text, name)).toBe('ORG'));

  it.each([
    ['Critics of the Obama administration spoke.', 'Obama'],
    ["They met Kilgannon's wife at the door.", 'Kilgannon'],
    ['The chief Rusmik Oza said he expects a rally.', 'Rusmik Oza'],
  ])('reads a person from what the sentence does with them: %s', (text, name) =>
    expect(cueOf(text, name)).toBe('PERSON'),
  );

  it('takes a lone word that speaks or reports, or a body a person works at, only as a hint', () => {
    expect(hint('"It is a market," Oza said.', 'Oza')).toEqual(['PERSON', true]);
    expect(hint('As Mashable reports, prices rose.', 'Mashable')).toEqual(['ORG', true]);
    expect(hint('As Joshua Becker at Becoming Minimalist suggests, wait.', 'Becoming Minimalist')).toEqual([
      'ORG',
      true,
    ]);
  });

  it('does not take the listener of "told" for a speaker, nor a reporter for a publication', () => {
    expect(cueOf('Ian Hamilton told Newsweek the risk was small.', 'Newsweek')).not.toBe('PERSON');
    expect(cueOf('Stella Kim reported from the capital.', 'Stella Kim')).not.toBe('ORG');
  });

  it('lets a full name outweigh an acronym it is written as, and a dateline in capitals find its place', () => {
    expect(typeOf('The statements of Richard M. Stallman (RMS) drew replies.', 'Richard M. Stallman')).toBe('PERSON');
    const dateline = 'SEOUL, South Korea — The plan failed. Protesters gathered in Seoul on Thursday.';
    expect(typeOf(dateline, 'SEOUL')).toBe('PLACE');
    expect(groupMentions(findNames(dateline), reference).find((e) => e.forms.includes('SEOUL'))?.reference?.name).toBe(
      'Seoul',
    );
  });

  it.each([
    ['The city hosted the Summer Olympics in 2012.', 'Summer Olympics', 'TERM'],
    ['Policy has changed since the Great Depression ended.', 'Great Depression', 'TERM'],
    ['The utility profited during Hurricane Sandy last year.', 'Hurricane Sandy', 'TERM'],
    ['Boats passed the Ballard Locks at dawn.', 'Ballard Locks', 'PLACE'],
    ['Neon lights up the Las Vegas Strip each night.', 'Las Vegas Strip', 'PLACE'],
    ['She headed software at the Instrumentation Laboratory then.', 'Instrumentation Laboratory', 'ORG'],
    ['The Moulin Rouge cabaret glowed.', 'Moulin Rouge', 'PLACE'],
  ])('reads what a name is from its head or lead word: %s', (text, name, type) =>
    expect(typeOf(text, name)).toBe(type),
  );

  it('splits an affiliation and a title of several words from the person they name', () => {
    const found = findNames('Yesterday National Security Adviser John Bolton and Public Ombudsman Nadia Cruz spoke.');
    expect(found.map((c) => [c.form, c.cue, c.role])).toEqual([
      ['John Bolton', 'PERSON', 'National Security Adviser'],
      ['Nadia Cruz', 'PERSON', 'Public Ombudsman'],
    ]);
  });

  it('gives a name listed with names of one kind that kind, as a hint', () => {
    const text =
      'The fishery in the Northern Pacific and Bering Sea is capped. Khalil of the Amal Movement and Ghazi Zaiter met.';
    expect(hint(text, 'Northern Pacific')).toEqual(['PLACE', true]);
    expect(found(text, 'Ghazi Zaiter')?.cue).toBeNull();
  });

  it('reads the name before a title as the body or place the person holds office in', () => {
    const text =
      'On a visit to the state, Kentucky Gov. Matt Bevin met with the studio boss, Disney Chief Executive Bob Iger, at length.';
    expect(findNames(text).map((c) => [c.form, c.cue])).toEqual([
      ['Kentucky', 'PLACE'],
      ['Matt Bevin', 'PERSON'],
      ['Disney', 'ORG'],
      ['Bob Iger', 'PERSON'],
    ]);
    expect(findNames('They wrote to the Ministry of Justice.').map((c) => c.form)).toEqual(['Ministry of Justice']);
  });

  it('reads a capitalised "The" inside a sentence as the start of a body\'s or a title\'s name', () => {
    expect(hint('This article first appeared on The Atlantic last year.', 'The Atlantic')).toEqual(['ORG', true]);
  });

  it('makes a name a comma sets before a known place a place', () => {
    expect(typeOf('The boat sailed on to Ketchikan, Alaska. It came back.', 'Ketchikan')).toBe('PLACE');
    expect(typeOf('They met Ketchikan, Alaska and others.', 'Ketchikan')).not.toBe('PLACE');
  });

  it('reads a photographer and an agency from a credit, a contributor from the word that follows', () => {
    const text = 'Signs glow in the shop. (John Minchillo / AP) Abigail Williams and Beomsu Jo contributed.';
    expect(cueOf(text, 'John Minchillo')).toBe('PERSON');
    expect(cueOf(text, 'AP')).toBe('ORG');
    expect(cueOf(text, 'Beomsu Jo')).toBe('PERSON');
    expect(cueOf('according to answers posted on Quora last year.', 'Quora')).toBe('ORG');
    expect(hint('Supported by the IABs around the world.', 'IABs')).toEqual(['ORG', true]);
  });

  it('reads a full name signed with a handle as a person, and no handle or hashtag as a name', () => {
    const post = 'Tea first, then email.\n— Ana Ruiz (@anaruiz) March 3, 2021';
    expect(cueOf(post, 'Ana Ruiz')).toBe('PERSON');
    const forms = findNames('We thank @BrightFerries for the ride, tagged #SeaLife as usual.').map((c) => c.form);
    expect(forms).toEqual([]);
  });

  it('reads an industry word at the end of a name as a company', () => {
    expect(cueOf('Lenders to Rourke Steel met on Friday.', 'Rourke Steel')).toBe('ORG');
    expect(cueOf('A note from Halden Institutional Equities followed.', 'Halden Institutional Equities')).toBe('ORG');
    expect(cueOf('She sold her shares to Marlow Therapeutics last year.', 'Marlow Therapeutics')).toBe('ORG');
  });

  it('lets the body noun before a name outweigh a verb of speech after it', () => {
    expect(cueOf('A study in the journal Pediatric Sleep argued that naps help.', 'Pediatric Sleep')).toBe('ORG');
    expect(cueOf('A study by the economist Mara Lind argued that naps help.', 'Mara Lind')).toBe('PERSON');
    expect(cueOf('Then the game developer Omar Haddad wrote a long post.', 'Omar Haddad')).toBe('PERSON');
  });

  it("reads a place's head word at the end of a name over a body's word before it", () => {
    expect(cueOf('Crowds filled Parliament Square again.', 'Parliament Square')).toBe('PLACE');
    expect(cueOf('She docked at the Orbital Research Station.', 'Orbital Research Station')).toBe('PLACE');
    expect(cueOf('He ran the Museum of Harbour Studies.', 'Museum of Harbour Studies')).toBe('ORG');
  });

  it('reads one word a product is integrated with, or a contract signed with, as a body', () => {
    expect(cueOf('The update adds an integration with Slate for calls.', 'Slate')).toBe('ORG');
    expect(cueOf('The city signed a contract with Brightwell last spring.', 'Brightwell')).toBe('ORG');
  });
});

describe('what only people do', () => {
  it('makes a full name before it a person, and hints it of one word', () => {
    expect(cueOf('Fans still argue over whether Rollo Vance shot first in the film.', 'Rollo Vance')).toBe('PERSON');
    expect(hint('Records show that Okafor resigned in May after the vote.', 'Okafor')).toEqual(['PERSON', true]);
  });

  it('passes to a name listed with it', () => {
    expect(hint('Fans still argue over whether Brix or Rollo Vance shot first.', 'Brix')).toEqual(['PERSON', true]);
  });

  it('says nothing of a body whose shares shot up', () => {
    expect(cueOf('The shares of Talvo Mining shot up on Monday.', 'Talvo Mining')).toBe('ORG');
    expect(found('Investors watched as Kelvaro shot up in early trading.', 'Kelvaro')?.cue).not.toBe('PERSON');
  });
});

describe('a carrier’s name', () => {
  it('ends in a word for trains, buses or ferries', () => {
    expect(cueOf('Fares on Kestrel Trains rise in May.', 'Kestrel Trains')).toBe('ORG');
    expect(cueOf('The crossing with Halden Ferries takes an hour.', 'Halden Ferries')).toBe('ORG');
  });

  it('comes before its pilots or its cabin crew, as a hint', () => {
    expect(hint('Some Corran Air pilots went on strike in June.', 'Corran Air')).toEqual(['ORG', true]);
  });
});
