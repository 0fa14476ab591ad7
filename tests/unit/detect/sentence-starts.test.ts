/** Where a sentence starts, so that its first word's capital proves nothing. */
import { describe, expect, it } from 'vitest';
import { atSentenceStart } from '../../../lib/detect/shapes';

const startOf = (text: string, word: string) => atSentenceStart(text, text.indexOf(word));

describe('the first word of a sentence', () => {
  it('follows a square bracket that a quoted sentence opens with', () => {
    expect(startOf('“[Our neighbours] never came back,” she said.', 'Our')).toBe(true);
  });

  it('follows the number or letter of a list item', () => {
    expect(startOf('The steps: (2) When the kettle boils, pour.', 'When')).toBe(true);
    expect(startOf('Options:\nb) Whatever comes first.', 'Whatever')).toBe(true);
  });

  it('does not follow a closing bracket after a word, nor a year in brackets', () => {
    expect(startOf('The agency (and Parliament) agreed.', 'Parliament')).toBe(false);
    expect(startOf('The firm (founded 1998) Acme grew.', 'Acme')).toBe(false);
    expect(startOf('She met Dr. Ortiz there.', 'Ortiz')).toBe(false);
  });
});
