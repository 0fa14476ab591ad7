/** A place's name followed by ordinary words, that nothing in the article types, is a phrase about the place. */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const ORDINARY = new Set(['debt', 'harvest', 'fair', 'toy']);
const reference: ReferenceIndex = {
  ...buildReferenceIndex(
    [{ name: 'Veloria', type: 'PLACE', description: 'Country in the test data.', aliases: [] }],
    'pack',
    'test data',
  ),
  isOrdinaryWord: (w) => ORDINARY.has(w),
};
const names = (text: string) => groupMentions(detectMentions(text), reference).map((e) => `${e.type} ${e.name}`);

describe("a place's name and then ordinary words", () => {
  it('is left out when nothing types it', () => {
    expect(
      names('Economists warned that the Veloria Debt would grow, and crowds filled the Veloria Toy Fair.'),
    ).toEqual([]);
  });

  it('keeps the place, and a name with a word that is no ordinary word', () => {
    expect(names('Economists in Veloria warned that Veloria Mendakis would grow.')).toContain('PLACE Veloria');
    expect(names('Economists warned that Veloria Mendakis would grow.')).toHaveLength(1);
  });
});
