import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../../lib/background/site-settings';
import type { HiddenNames } from '../../../lib/settings/settings';

function setup(initial: HiddenNames = {}) {
  let stored = initial;
  const store = {
    get: async () => stored,
    set: async (value: HiddenNames) => {
      stored = value;
    },
  };
  return { change: siteSettings('me', store), stored: () => stored };
}

const page = (url: string) => ({ id: 'me', url, tab: { id: 3 } });
const hide = (name: string, hidden = true) => ({ type: 'site/hide-name', data: { name, hidden } });

describe("the background's hidden names", () => {
  it('hides a name on the site the message came from, and shows it again', async () => {
    const { change, stored } = setup({ 'other.example': ['Atyrau'] });
    expect(await change(hide('Atyrau'), page('https://www.news.example/story'))).toEqual({
      ok: true,
      data: { names: ['Atyrau'] },
    });
    expect(stored()).toEqual({ 'other.example': ['Atyrau'], 'news.example': ['Atyrau'] });
    await change(hide('Atyrau', false), page('https://news.example/other'));
    expect(stored()).toEqual({ 'other.example': ['Atyrau'] });
  });

  it('keeps both of two quick clicks', async () => {
    const { change, stored } = setup();
    await Promise.all([
      change(hide('Atyrau'), page('https://a.example/')),
      change(hide('Astana'), page('https://a.example/')),
    ]);
    expect(stored()).toEqual({ 'a.example': ['Atyrau', 'Astana'] });
  });

  it('refuses other extensions, extension pages, non-web pages and malformed messages', async () => {
    const { change, stored } = setup();
    const refusals = await Promise.all([
      change(hide('Atyrau'), { ...page('https://a.example/'), id: 'someone-else' }),
      change(hide('Atyrau'), { id: 'me', url: 'chrome-extension://me/popup.html' }),
      change(hide('Atyrau'), page('file:///home/me/a.html')),
      change({ type: 'site/hide-name', data: { name: 'Atyrau', hidden: 'yes' } }, page('https://a.example/')),
      change({ type: 'site/hide-name', data: { name: 'x'.repeat(201), hidden: true } }, page('https://a.example/')),
      change(
        { type: 'site/hide-name', data: { name: 'Atyrau', hidden: true, site: 'b.example' } },
        page('https://a.example/'),
      ),
      change({ type: 'site/clear', data: {} }, page('https://a.example/')),
    ]);
    expect(refusals.map((r) => r.ok)).toEqual([false, false, false, false, false, false, false]);
    expect(stored()).toEqual({});
  });
});
