import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetting, watchSetting } from '../../lib/settings/read-setting';
import { isSiteEnabled, SITE_SWITCHES, siteKey, withSite } from '../../lib/settings/settings';
import { siteSwitches } from '../../lib/settings/store';

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

  it('remember a site switched back on, so the options page still lists it', () => {
    expect(withSite({ 'example.com': false }, 'example.com', true)).toEqual({ 'example.com': true });
    expect(isSiteEnabled({ 'example.com': true }, 'example.com')).toBe(true);
    expect(siteKey('WWW.News.Example')).toBe('news.example');
  });

  it('are read and watched by the content script under the same key as the storage item', async () => {
    expect(await readSetting(fakeBrowser.storage, SITE_SWITCHES)).toEqual({});
    const seen: unknown[] = [];
    const unwatch = watchSetting(fakeBrowser.storage.onChanged, SITE_SWITCHES, (v) => seen.push(v));
    await siteSwitches.setValue({ 'example.com': false });
    expect(await readSetting(fakeBrowser.storage, SITE_SWITCHES)).toEqual({ 'example.com': false });
    await fakeBrowser.storage.sync.set({ siteSwitches: { 'other.org': false } });
    unwatch();
    await siteSwitches.setValue({});
    expect(seen).toEqual([{ 'example.com': false }]);
  });
});
