import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchPageState } from '../../../entrypoints/popup/page-state';
import { switchSite } from '../../../entrypoints/popup/popup-actions';
import type { PageState } from '../../../lib/protocol/messages';
import { siteSwitches } from '../../../lib/settings/store';

const state = (change: Partial<PageState>): { ok: true; data: PageState } => ({
  ok: true,
  data: { site: 'www.news.example', enabled: false, status: 'off', entities: [], ...change },
});

/** The fake's tabs, typed as the real API answers: with whatever the content script sent back. */
const tabs = () => fakeBrowser.tabs as unknown as { sendMessage(tabId: number, message: unknown): Promise<unknown> };

/** A tab as the browser describes it, showing this address. */
const tabAt = (url: string) => ({ url }) as unknown as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;

describe('the popup’s view of a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the site’s own switch, not the page’s running state, which the pause also stops', async () => {
    vi.spyOn(tabs(), 'sendMessage').mockResolvedValue(state({}));
    const model = await fetchPageState(7);
    expect(model).toMatchObject({ kind: 'ready', page: { enabled: true, status: 'off' } });
    await switchSite('www.news.example', false);
    expect(await siteSwitches.getValue()).toEqual({ 'news.example': false });
    expect(await fetchPageState(7)).toMatchObject({ kind: 'ready', page: { enabled: false } });
  });

  it('waits, when just switched on, for the page to leave "off"', async () => {
    const send = vi
      .spyOn(tabs(), 'sendMessage')
      .mockResolvedValueOnce(state({}))
      .mockResolvedValueOnce(state({ status: 'scanning', enabled: true }))
      .mockResolvedValue(state({ status: 'article', enabled: true }));
    expect(await fetchPageState(7, true)).toMatchObject({ kind: 'ready', page: { status: 'article' } });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('calls a tab that does not answer unsupported', async () => {
    vi.spyOn(tabs(), 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await fetchPageState(7)).toEqual({ kind: 'unsupported' });
    expect(await fetchPageState(null)).toEqual({ kind: 'unsupported' });
  });

  it('offers the switch on a tab of a switched-off site, which the browser gave no content script', async () => {
    vi.spyOn(tabs(), 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    get.mockResolvedValue(tabAt('https://www.news.example/story'));
    expect(await fetchPageState(7)).toEqual({ kind: 'unsupported' });
    await switchSite('news.example', false);
    expect(await fetchPageState(7)).toEqual({
      kind: 'ready',
      page: { site: 'news.example', enabled: false, status: 'off', entities: [] },
    });
    get.mockResolvedValue({ url: 'chrome://settings/' } as unknown as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
    expect(await fetchPageState(7)).toEqual({ kind: 'unsupported' });
  });
});
