/**
 * A place's other name used as an organisation's short name (issue 16): the
 * airline "Emirates" of "Emirates Airline" is not the United Arab Emirates,
 * which the reference data also calls "Emirates".
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const index = buildReferenceIndex(
  [
    {
      name: 'United Arab Emirates',
      type: 'PLACE',
      description: 'Country in Western Asia; capital Abu Dhabi.',
      aliases: ['Emirates'],
    },
    { name: 'Qatar', type: 'PLACE', description: 'Country in Western Asia; capital Doha.' },
  ],
  'pack',
  'Test data',
);
const entities = (text: string) => resolveMentions(detectMentions(text, index.termLexicon), index);
const holding = (text: string, form: string) => entities(text).find((e) => e.forms.includes(form));

describe('a place name that opens an organisation name in the article', () => {
  const story =
    "Dubai's flagship carrier Emirates Airline ordered 30 jets on Wednesday. Emirates is using its " +
    'substitution rights, and Emirates President Tim Clark said the fleet would grow.';

  it('joins the short name to the organisation and withholds the place card', () => {
    const emirates = holding(story, 'Emirates');
    expect(emirates?.forms).toContain('Emirates Airline');
    expect(emirates?.reference).toBeNull();
    expect(entities(story).some((e) => e.reference?.name === 'United Arab Emirates')).toBe(false);
  });

  it('keeps the place where a mention stands where a place does', () => {
    const text = 'She worked for years in Emirates. Emirates Airline hired her in May.';
    expect(holding(text, 'Emirates')?.reference?.name).toBe('United Arab Emirates');
  });

  it("keeps the card of a place's own name beside the organisation named after it", () => {
    const text = 'Qatar Airways ordered new jets. Qatar will host the talks in Doha next week.';
    const qatar = entities(text).find((e) => e.reference?.name === 'Qatar');
    expect(qatar?.type).toBe('PLACE');
  });

  it('leaves the place card alone when no organisation opens with its name', () => {
    expect(holding('Flights to Emirates resumed on Monday.', 'Emirates')?.reference?.name).toBe('United Arab Emirates');
  });
});
