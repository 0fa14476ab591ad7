import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { findNames } from '../../../lib/detect/find-names';

const cues = (text: string) => findNames(text).map((c) => [c.form, c.cue]);

describe("a news agency's credit line", () => {
  it('types every name it lists as a person, after commas and "and"', () => {
    const text =
      'The merger closed on Friday.\n(Reporting by Alana Whitcombe, Tobias Renner and Lim Wei Sheng; ' +
      'additional reporting by Dara Okafor, editing by Piet Vanderlinden)';
    expect(cues(text).filter(([form]) => form !== 'Friday')).toEqual([
      ['Alana Whitcombe', 'PERSON'],
      ['Tobias Renner', 'PERSON'],
      ['Lim Wei Sheng', 'PERSON'],
      ['Dara Okafor', 'PERSON'],
      ['Piet Vanderlinden', 'PERSON'],
    ]);
  });

  it('says nothing of a name after "by" in running prose', () => {
    expect(cues('The plant was bought by Norvex Holdings and Tamsin Vale last year.')).not.toContainEqual([
      'Tamsin Vale',
      'PERSON',
    ]);
  });
});

describe('a print edition’s page number', () => {
  it('is no name, though it is a capital and digits', () => {
    const text = 'A version of this article appears in print on Page A22 of the Ohio edition; the A380 flew on.';
    expect(detectMentions(text).map((c) => c.form)).toEqual(['Ohio', 'A380']);
  });
});
