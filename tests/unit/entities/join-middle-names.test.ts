import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

// First names as the pack lists them; no entry for anyone here.
const FIRST_NAMES = new Set(['maria', 'lena']);
const reference = { ...buildReferenceIndex([], 'pack', 'test data'), isGivenName: (w: string) => FIRST_NAMES.has(w) };
const group = (text: string) => groupMentions(findNames(text), reference);

describe('a full name without its middle names', () => {
  it('is the same person, and lets the surname alone join that person too', () => {
    const entities = group(
      'The survey was led by Maria Clara Okonkwo, who said the reef was dying. ' +
        'When Maria Okonkwo returned in 2019, Okonkwo said little had changed.',
    );
    const people = entities.filter((e) => e.forms.some((f) => f.includes('Okonkwo')));
    expect(people).toHaveLength(1);
    expect(people[0]?.forms).toEqual(['Maria Clara Okonkwo', 'Maria Okonkwo', 'Okonkwo']);
  });

  it('stays apart when two people of the article share its first name and surname', () => {
    const entities = group(
      'Lena Sofia Toivonen said the plan would fail. Her cousin Lena Maja Toivonen said it would not. ' +
        'Lena Toivonen, a third relative, said nothing.',
    );
    const short = entities.find((e) => e.forms.includes('Lena Toivonen'));
    expect(short?.forms).toEqual(['Lena Toivonen']);
  });
});

describe('one hyphenated word', () => {
  it('owns no surname: the surname alone still joins the one full name of the article', () => {
    const entities = group(
      'The Brandt-Hollis deck sold well. Its artist, Maria Hollis, said she drew it in a year. Hollis died in 1951.',
    );
    expect(entities.find((e) => e.forms.includes('Maria Hollis'))?.forms).toEqual(['Maria Hollis', 'Hollis']);
  });
});
