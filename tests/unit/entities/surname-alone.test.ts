/** A two-word name and its last word used alone: a person's surname only when the first word may be a first name. */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex, type ReferenceIndex } from '../../../lib/reference/reference-index';

const ORDINARY = new Set(['velvet', 'trackpad', 'water', 'use', 'grace', 'quasar']);
const reference: ReferenceIndex = {
  ...buildReferenceIndex([], 'pack', 'test data'),
  isOrdinaryWord: (w) => ORDINARY.has(w),
  isCompany: (w) => w === 'zentor',
  isGivenName: (w) => w === 'maks',
  isWordGivenName: (w) => w === 'grace',
};
const entities = (text: string) => groupMentions(detectMentions(text), reference);
const typeOf = (text: string, form: string) => entities(text).find((e) => e.forms.includes(form))?.type;

describe('a name used again by its last word', () => {
  it('is no person when its first word is an ordinary word, and words alone are left out', () => {
    const text = 'The laptop ships with the new Velvet Trackpad this year. Reviewers liked the Trackpad a lot.';
    expect(entities(text).filter((e) => e.forms.includes('Trackpad'))).toEqual([]);
  });

  it("is no person when its first word is a company's name", () => {
    expect(typeOf('Buyers queued for the Zentor Quasar in June. The Quasar sold out.', 'Zentor Quasar')).not.toBe(
      'PERSON',
    );
  });

  it('is a person when its first word is a first name, even one that is also a word', () => {
    expect(typeOf('The exiled banker Maks Boqaev fled in 2009. Boqaev denies it.', 'Maks Boqaev')).toBe('PERSON');
    expect(typeOf('The report was written by Grace Fenwick in May. Fenwick denies it.', 'Grace Fenwick')).toBe(
      'PERSON',
    );
  });
});

describe('a body named for its members', () => {
  it('is an organisation, and its shorter name joins it', () => {
    const found = entities(
      'The Ancient Order of the Silver Lantern met in secret. Poets later joined the Order of the Silver Lantern.',
    ).filter((e) => e.forms.some((f) => f.includes('Lantern')));
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('ORG');
    expect(found[0]?.forms).toContain('Order of the Silver Lantern');
  });
});
