import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteEnabled, siteKey, siteSwitches, withSite } from '../../lib/settings';

describe('site switches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are on for every site by default', async () => {
    expect(isSiteEnabled(await siteSwitches.getValue(), 'news.example.com')).toBe(true);
  });

  it('remember a site switched off, under its host without www', async () => {
    await siteSwitches.setValue(withSite(await siteSwitches.getValue(), 'www.Example.com', false));
    const stored = await siteSwitches.getValue();
    expect(stored).toEqual({ 'example.com': false });
    expect(isSiteEnabled(stored, 'example.com')).toBe(false);
    expect(isSiteEnabled(stored, 'other.org')).toBe(true);
  });

  it('tell every watcher at once when a site changes', async () => {
    const seen: boolean[] = [];
    const unwatch = siteSwitches.watch((next) => seen.push(isSiteEnabled(next, 'example.com')));
    await siteSwitches.setValue(withSite({}, 'example.com', false));
    await siteSwitches.setValue(withSite(await siteSwitches.getValue(), 'example.com', true));
    unwatch();
    expect(seen).toEqual([false, true]);
  });

  it('store nothing for a site switched back on', () => {
    expect(withSite({ 'example.com': false }, 'example.com', true)).toEqual({});
    expect(siteKey('WWW.News.Example')).toBe('news.example');
  });
});
