import { describe, expect, it } from 'vitest';
import { sentences } from '../../../lib/text/sentence-at';

const sentenceAt = (text: string, offset: number) => sentences(text)(offset);

describe('sentenceAt', () => {
  const text =
    'The court met on Tuesday. Maks Boqaev, a U.S.-trained lawyer, spoke to J. K. Rowling. He left.\nNext line';

  it('gives the sentence around an offset, keeping abbreviations and initials inside it', () => {
    expect(sentenceAt(text, text.indexOf('Boqaev'))).toBe(
      'Maks Boqaev, a U.S.-trained lawyer, spoke to J. K. Rowling.',
    );
    expect(sentenceAt(text, 0)).toBe('The court met on Tuesday.');
    expect(sentenceAt(text, text.indexOf('Next'))).toBe('Next line');
  });

  it('cuts a very long sentence around the offset', () => {
    const long = `${'word '.repeat(200)}Atyrau ${'more '.repeat(200)}`;
    const sentence = sentenceAt(long, long.indexOf('Atyrau'));
    expect(sentence).toContain('Atyrau');
    expect(sentence.length).toBeLessThanOrEqual(290);
  });
});
