import { describe, expect, it } from 'vitest';
import { bagOverlap, rootFit, wordBag, wordTokens } from '../../../scripts/lib/eval/word-overlap';

describe('wordTokens', () => {
  it('lower-cases words and drops punctuation and whitespace', () => {
    expect(wordTokens('The Court, in Astana:\n“Yes.”')).toEqual(['the', 'court', 'in', 'astana', 'yes']);
  });

  it('splits text written without spaces into several words', () => {
    expect(wordTokens('東京都に住んでいます').length).toBeGreaterThan(2);
  });
});

describe('bagOverlap', () => {
  it('counts a repeated word as often as it occurs in both bags', () => {
    const a = wordBag(['the', 'the', 'the', 'court']);
    const b = wordBag(['the', 'court', 'court', 'judge']);
    expect(bagOverlap(a, b)).toBe(2);
    expect(bagOverlap(b, a)).toBe(2);
  });
});

describe('rootFit', () => {
  const article = 'The court ruled on Tuesday. The appeal failed.';

  it('is full coverage and no noise when the root is the article, whatever the layout', () => {
    const fit = rootFit(article, 'THE COURT RULED\non Tuesday\nthe appeal failed');
    expect(fit).toEqual({ referenceWords: 8, rootWords: 8, coverage: 1, noise: 0 });
  });

  it('measures missing article words as lost coverage', () => {
    expect(rootFit(article, 'The court ruled on Tuesday.').coverage).toBe(5 / 8);
  });

  it('measures extra words in the root as noise', () => {
    const fit = rootFit(article, `${article} Most read: the weather today`);
    expect(fit.coverage).toBe(1);
    // "the" is in the article twice and the root three times: the third is noise.
    expect(fit.noise).toBe(5 / 13);
  });

  it('does not credit a root for repeating article words', () => {
    const fit = rootFit('court ruled', 'court court court ruled');
    expect(fit.coverage).toBe(1);
    expect(fit.noise).toBe(0.5);
  });

  it('has zero coverage and no noise figure when there is no root', () => {
    expect(rootFit(article, '')).toEqual({ referenceWords: 8, rootWords: 0, coverage: 0, noise: null });
  });
});
