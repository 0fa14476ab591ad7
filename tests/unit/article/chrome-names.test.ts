/** Furniture by class or id name: the word alone, at either end of a token, or run into a widget word. */
import { describe, expect, it } from 'vitest';
import { hasChromeName } from '../../../lib/article/is-page-chrome';

const withClass = (name: string) => {
  const el = document.createElement('div');
  el.setAttribute('class', name);
  return el;
};

describe('hasChromeName', () => {
  it('knows furniture words alone and at the ends of a token', () => {
    for (const name of ['sidebar', 'related-links', 'comment-list', 'site_footer'])
      expect(hasChromeName(withClass(name)), name).toBe(true);
  });

  it('knows furniture words in camel case and run into a widget word', () => {
    for (const name of [
      'socialShare',
      'RelatedContent',
      'PromoSmall',
      'jp-relatedposts',
      'sharebar',
      'newsletters',
      'promotions',
    ])
      expect(hasChromeName(withClass(name)), name).toBe(true);
  });

  it('leaves story and layout names alone', () => {
    for (const name of [
      'article-body',
      'storyContent',
      'panel-two-col-sidebar-right-mix',
      'socialite',
      'shared-layout',
      'postTags2',
      'relationship',
      'promotion',
      'sponsorship',
    ])
      expect(hasChromeName(withClass(name)), name).toBe(false);
  });

  it('reads a heading made an id as words, not a name, while a long class name still counts', () => {
    const withId = (id: string) => {
      const el = document.createElement('section');
      el.id = id;
      return el;
    };
    expect(hasChromeName(withId('sharing-the-harbour-with-fishing-boats'))).toBe(false);
    expect(hasChromeName(withId('related-stories'))).toBe(true);
    expect(hasChromeName(withClass('article-body__right-rail--ad'))).toBe(true);
  });
});
