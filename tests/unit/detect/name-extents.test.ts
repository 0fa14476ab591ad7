import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const forms = (text: string) => findNames(text).map((c) => c.form);
const reference = buildReferenceIndex([], 'pack', 'test data');

describe('how far a name reaches', () => {
  it('joins the words of a firm across an ampersand, and types it an organisation', () => {
    const found = findNames(
      'The effects came from Industrial Light & Magic and the soap from Procter & Gamble or AT&T.',
    );
    expect(found.map((c) => [c.form, c.cue])).toEqual([
      ['Industrial Light & Magic', 'ORG'],
      ['Procter & Gamble', 'ORG'],
      ['AT&T', 'ORG'],
    ]);
  });

  it('keeps "for a" inside a body\'s name', () => {
    expect(forms('Analysts at the Committee for a Responsible Federal Budget agreed.')).toEqual([
      'Committee for a Responsible Federal Budget',
    ]);
  });

  it('keeps a list of fields after a body\'s "of", one word each', () => {
    expect(forms('The American Academy of Allergy, Asthma and Immunology said so.')).toEqual([
      'American Academy of Allergy, Asthma and Immunology',
    ]);
    expect(forms('She studied at the University of California, Berkeley and Stanford.')).toEqual([
      'University of California',
      'Berkeley',
      'Stanford',
    ]);
  });

  it('joins a body named the other way round, or without its head, to the body', () => {
    const text =
      'Tasos Georgelis works at the Department of Environmental Protection. Environmental Protection officials ' +
      'said the department repaired pipes, according to Environmental Protection Department officials.';
    const bodies = groupMentions(findNames(text), reference).filter((e) => e.type === 'ORG');
    expect(bodies.map((e) => e.forms.sort())).toEqual([
      ['Department of Environmental Protection', 'Environmental Protection', 'Environmental Protection Department'],
    ]);
  });
});
