import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const cue = (text: string, form: string) => {
  const c = findNames(text).find((n) => n.form === form);
  return c ? { cue: c.cue, weak: c.weakCue ?? false } : undefined;
};

describe('a pronoun that opens the next sentence', () => {
  it('hints that a name alone in its sentence is a person', () => {
    expect(cue('Marta Kowalczyk won the vote on Sunday. She thanked her staff.', 'Marta Kowalczyk')).toEqual({
      cue: 'PERSON',
      weak: true,
    });
    expect(cue('Delacroix refused to comment. He left by the back door.', 'Delacroix')).toEqual({
      cue: 'PERSON',
      weak: true,
    });
  });

  it('says nothing when another name shares the sentence, or no pronoun follows', () => {
    expect(cue('Perla Verde hired Tomas Rinaldi in May. He starts soon.', 'Perla Verde')?.cue).toBeNull();
    expect(cue('Perla Verde opened a store. It sells fish.', 'Perla Verde')?.cue).toBeNull();
    // A lone word inside a sentence may be the object: "the chef met at Orsini".
    expect(cue('The chef ate at Orsini. She liked it.', 'Orsini')?.cue).not.toBe('PERSON');
  });
});

describe('a definite noun that opens the next sentence', () => {
  it('hints what a name alone in its sentence is', () => {
    const airline = 'Travellers were stranded when Corran Air cancelled its flights. The airline blamed a strike.';
    expect(cue(airline, 'Corran Air')).toEqual({ cue: 'ORG', weak: true });
    expect(cue('Voters in Kettlewick went to the polls. The town has 4,000 people.', 'Kettlewick')).toEqual({
      cue: 'PLACE',
      weak: true,
    });
  });

  it('says nothing when the noun is no kind of entity, or another name could be its antecedent', () => {
    expect(cue('Halvorsen Brakke won the race. The weather was mild.', 'Halvorsen Brakke')?.cue).toBeNull();
    expect(cue('Corran Air sold its jets to Delvin Group. The company said little.', 'Corran Air')?.cue).toBeNull();
  });
});
