import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardPages, LICENCES_PATH } from '../../../lib/background/card-pages';

const SENDER = { id: 'me', url: 'https://news.example/story', tab: { id: 7 } };

describe('pages a card asks the background to open', () => {
  it('opens the offline data’s licences, an address the background builds, beside the article', async () => {
    const opened: [string, number | undefined][] = [];
    const handle = cardPages('me', async (url, opener) => opened.push([url, opener]));
    expect(await handle({ type: 'card/licences', data: {} }, SENDER)).toEqual({ ok: true, data: {} });
    expect(opened).toEqual([[fakeBrowser.runtime.getURL(LICENCES_PATH), 7]]);
    expect(opened[0]?.[0]).toMatch(/\/pack\/NOTICE\.txt$/);
  });

  it('refuses other senders, other types and any data that would steer it elsewhere', async () => {
    const opened: string[] = [];
    const handle = cardPages('me', async (url) => opened.push(url));
    expect((await handle({ type: 'card/licences', data: {} }, { ...SENDER, id: 'other' })).ok).toBe(false);
    expect((await handle({ type: 'card/licences', data: { url: 'https://evil.example' } }, SENDER)).ok).toBe(false);
    expect((await handle({ type: 'card/options', data: {} }, SENDER)).ok).toBe(false);
    expect((await handle('card/licences', SENDER)).ok).toBe(false);
    expect(opened).toEqual([]);
  });

  it('says so when the tab cannot be opened', async () => {
    const handle = cardPages('me', async () => {
      throw new Error('no window');
    });
    expect(await handle({ type: 'card/licences', data: {} }, SENDER)).toEqual({
      ok: false,
      error: 'not opened: Error: no window',
    });
  });
});
