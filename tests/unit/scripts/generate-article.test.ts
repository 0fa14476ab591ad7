import { describe, expect, it } from 'vitest';
import { countWords, generateArticle, paragraphsOf } from '../../../scripts/lib/bench/generate-article';

const paragraphs = paragraphsOf([
  'Headline\nShort line\n' +
    'Maks Boqaev said on Tuesday that the promises made to farmers had been only partly kept. He spoke in Atyrau. ' +
    'Dozens of people came to hear him in a small rented hall near the river.\n' +
    'The moratorium did not help the organisers of the rallies, who were detained in May of that year. ' +
    'Each was sentenced to five years, and rights groups listed them among the best-known prisoners.',
]);

describe('generateArticle', () => {
  it('uses only body paragraphs', () => {
    expect(paragraphs).toHaveLength(2);
  });

  it('has exactly the number of words asked for', () => {
    for (const words of [7, 250, 2_500]) expect(countWords(generateArticle(paragraphs, words))).toBe(words);
  });

  it('is the same text on every run and varies between passes', () => {
    const text = generateArticle(paragraphs, 400);
    expect(generateArticle(paragraphs, 400)).toBe(text);
    // Whole paragraphs only: the last one is cut to length and differs anyway.
    const whole = text.split('\n\n').slice(0, -1);
    expect(whole.length).toBeGreaterThan(4);
    expect(new Set(whole).size).toBeGreaterThan(paragraphs.length);
  });
});
