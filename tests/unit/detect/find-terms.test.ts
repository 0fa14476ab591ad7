import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { findNames } from '../../../lib/detect/find-names';
import { findTerms, singular, termLexicon } from '../../../lib/detect/find-terms';
import { tokenize } from '../../../lib/detect/tokenize';

const known = new Set([
  'political prisoner',
  'prisoner of conscience',
  'clemency',
  'land reform',
  'inflation',
  'prisoner',
]);
const isTerm = termLexicon(known);

describe('findTerms', () => {
  it('finds the longest known phrase, in its plural too, with its dictionary form', () => {
    const text =
      'Rights groups listed him among the political prisoners and prisoners of conscience who sought clemency.';
    const found = findTerms(text, tokenize(text), isTerm, []);
    expect(found.map((t) => [t.form, t.fullName])).toEqual([
      ['political prisoners', 'political prisoner'],
      ['prisoners of conscience', 'prisoner of conscience'],
      ['clemency', 'clemency'],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.form);
  });

  it('leaves terms inside names alone, but takes a sentence-initial capital', () => {
    const text = 'The Land Reform Party met. Inflation rose, and land reform stalled.';
    const mentions = detectMentions(text, isTerm);
    expect(mentions.map((m) => [m.form, m.cue])).toEqual([
      ['Land Reform Party', 'ORG'],
      ['Inflation', 'TERM'],
      ['land reform', 'TERM'],
    ]);
  });

  it('does not join words across punctuation', () => {
    expect(findTerms('land, reform', tokenize('land, reform'), isTerm, findNames('land, reform'))).toEqual([]);
  });

  it.each([
    ['prisoners', 'prisoner'],
    ['policies', 'policy'],
    ['taxes', 'tax'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['class', 'class'],
  ])('singular(%s) is %s', (plural, one) => expect(singular(plural)).toBe(one));
});
