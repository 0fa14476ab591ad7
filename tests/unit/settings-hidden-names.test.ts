import { describe, expect, it } from 'vitest';
import { hiddenOnSite, withHiddenName } from '../../lib/settings/settings';

describe('names hidden per site', () => {
  it('adds a name once, under the site key, and drops a site left with none', () => {
    let hidden = withHiddenName({}, 'www.News.example', 'Atyrau', true);
    hidden = withHiddenName(hidden, 'news.example', 'Atyrau', true);
    expect(hidden).toEqual({ 'news.example': ['Atyrau'] });
    expect(hiddenOnSite(hidden, 'www.news.example')).toEqual(['Atyrau']);
    expect(hiddenOnSite(hidden, 'other.example')).toEqual([]);
    expect(withHiddenName(hidden, 'news.example', 'Atyrau', false)).toEqual({});
  });
});
