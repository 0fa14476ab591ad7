import { describe, expect, it } from 'vitest';
import { hasPersonalShape, looksLikePerson, looksLikePlace } from '../../../lib/entities/entity-type';

describe('shapes of unknown names', () => {
  it.each([
    ['J. K. Rowling', true],
    ['Choi Sang-mok', true],
    ['Min-ji Seo', true],
    ['Kassym-Jomart Tokayev', false],
    ['Supreme Court', false],
  ])('%s has a personal shape: %s', (form, expected) => expect(hasPersonalShape(form)).toBe(expected));

  it.each([
    ['faizabad', true],
    ['gazipur', true],
    ['volgograd', true],
    ['shymkent', true],
    ['boqaev', false],
    ['sky', false],
  ])('%s reads as a place: %s', (word, expected) => expect(looksLikePlace(word)).toBe(expected));

  it('does not let name particles count for or against a person', () => {
    const names = new Set(['luiz', 'inacio', 'lula', 'silva']);
    expect(
      looksLikePerson(
        ['luiz', 'inacio', 'lula', 'da', 'silva'],
        () => false,
        (w) => names.has(w),
      ),
    ).toBe(true);
    expect(
      looksLikePerson(
        ['bank', 'of', 'england'],
        () => false,
        () => false,
      ),
    ).toBe(false);
  });
});
