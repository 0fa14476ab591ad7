import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const reference = buildReferenceIndex(
  [
    { name: 'Chile', type: 'PLACE', description: 'Country in South America.' },
    { name: 'Peru', type: 'PLACE', description: 'Country in South America.' },
    { name: 'Guinea', type: 'PLACE', description: 'Country in West Africa.' },
    { name: 'Bissau', type: 'PLACE', description: 'Capital of Guinea-Bissau.' },
    { name: 'Guinea-Bissau', type: 'PLACE', description: 'Country in West Africa.' },
  ],
  'pack',
  'test data',
);
const names = (text: string) => groupMentions(detectMentions(text), reference).map((e) => e.name);

describe('two places joined by a hyphen', () => {
  it('names nothing when they qualify a noun', () => {
    expect(
      names('Officials said the Chile-Peru border talks would resume after the Peru-Chile dispute cooled.'),
    ).toEqual([]);
  });

  it('keeps a place whose own name holds a hyphen, and either place named alone', () => {
    expect(names('Voters in Guinea-Bissau went to the polls as Chile watched.')).toEqual(['Guinea-Bissau', 'Chile']);
  });
});
