import { describe, expect, it } from 'vitest';
import {
  type ActionLike,
  keepToolbarState,
  type ToolbarTab,
  toolbarLook,
  toolbarState,
} from '../../../lib/background/toolbar-state';
import { englishT } from '../../helpers/i18n';

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** An action API that keeps what each tab was given, and a storage whose changes reach its listeners. */
function world(tabs: ToolbarTab[], stored: { local?: Record<string, unknown>; sync?: Record<string, unknown> } = {}) {
  const shown = new Map<number, { badge?: string; title?: string; icon?: Record<number, string> }>();
  const set = (tabId: number, part: object) => {
    shown.set(tabId, { ...shown.get(tabId), ...part });
  };
  const action: ActionLike = {
    setBadgeText: async ({ tabId, text }) => set(tabId, { badge: text }),
    setBadgeBackgroundColor: async () => undefined,
    setTitle: async ({ tabId, title }) => set(tabId, { title }),
    setIcon: async ({ tabId, path }) => set(tabId, { icon: path }),
  };
  const areas = { local: { ...stored.local }, sync: { ...stored.sync } };
  const storageListeners: ((changes: Changes, area: string) => void)[] = [];
  const tabListeners: ((id: number, change: { url?: string; status?: string }, tab: ToolbarTab) => void)[] = [];
  const errors: unknown[] = [];
  const starts: (() => void)[] = [];
  keepToolbarState({
    action,
    runtime: { onInstalled: { addListener: (fn) => starts.push(fn) }, onStartup: { addListener: () => undefined } },
    tabs: { query: async () => tabs, onUpdated: { addListener: (fn) => tabListeners.push(fn) } },
    storage: {
      local: { get: async (key) => ({ [key]: areas.local[key] }) },
      sync: { get: async (key) => ({ [key]: areas.sync[key] }) },
      onChanged: {
        addListener: (fn) => storageListeners.push(fn),
        removeListener: () => undefined,
      },
    },
    t: englishT,
    report: (error) => errors.push(error),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  // Installed: every open tab is set.
  for (const start of starts) start();
  return {
    shown,
    errors,
    settle,
    change: async (area: 'local' | 'sync', key: string, value: unknown) => {
      const oldValue = areas[area][key];
      areas[area][key] = value;
      for (const fn of storageListeners) fn({ [key]: { newValue: value, oldValue } }, area);
      await settle();
    },
    navigate: async (tab: ToolbarTab & { id: number }) => {
      for (const fn of tabListeners) fn(tab.id, { url: tab.url }, tab);
      await settle();
    },
  };
}

describe('the toolbar state of a tab', () => {
  it('is on for a web page whose site is on, and off for one switched off, www. or not', () => {
    expect(toolbarState('https://news.example/a', {}, false)).toBe('on');
    expect(toolbarState('https://www.news.example/a', { 'news.example': false }, false)).toBe('site-off');
    expect(toolbarState('https://news.example/a', { 'news.example': true }, false)).toBe('on');
  });

  it('is paused everywhere while paused, browser pages and unknown addresses included', () => {
    for (const url of ['https://news.example/', 'chrome://extensions/', undefined]) {
      expect(toolbarState(url, {}, true)).toBe('paused');
    }
  });

  it('leaves pages that are not web pages on when not paused', () => {
    expect(toolbarState('about:blank', { 'news.example': false }, false)).toBe('on');
    expect(toolbarState(undefined, {}, false)).toBe('on');
  });

  it('looks greyed with an off badge, and says why in its title', () => {
    expect(toolbarLook('on', 'https://news.example/', englishT)).toEqual({ badge: '', title: 'Backstory', icon: 'on' });
    expect(toolbarLook('site-off', 'https://www.news.example/', englishT)).toEqual({
      badge: 'off',
      title: 'Backstory is off on news.example',
      icon: 'off',
    });
    expect(toolbarLook('paused', undefined, englishT)).toEqual({
      badge: 'off',
      title: 'Backstory is paused on every site',
      icon: 'off',
    });
  });
});

describe('keeping the toolbar button up to date', () => {
  const news = { id: 1, url: 'https://news.example/story' };
  const other = { id: 2, url: 'https://other.example/story' };

  it('shows each open tab its own state once installed', async () => {
    const w = world([news, other], { local: { siteSwitches: { 'news.example': false } } });
    await w.settle();
    expect(w.shown.get(1)).toMatchObject({ badge: 'off', title: 'Backstory is off on news.example' });
    expect(w.shown.get(1)?.icon).toEqual({ 16: 'icons/off-16.png', 32: 'icons/off-32.png' });
    expect(w.shown.get(2)).toMatchObject({ badge: '', title: 'Backstory' });
    expect(w.shown.get(2)?.icon).toEqual({ 16: 'icons/16.png', 32: 'icons/32.png' });
    expect(w.errors).toEqual([]);
  });

  it('follows a site switched off and on again, in every tab of that site only', async () => {
    const w = world([news, other]);
    await w.settle();
    await w.change('local', 'siteSwitches', { 'news.example': false });
    expect(w.shown.get(1)?.badge).toBe('off');
    expect(w.shown.get(2)?.badge).toBe('');
    await w.change('local', 'siteSwitches', { 'news.example': true });
    expect(w.shown.get(1)).toMatchObject({ badge: '', title: 'Backstory' });
  });

  it('follows the pause on every tab, and back', async () => {
    const w = world([news, other]);
    await w.settle();
    await w.change('sync', 'paused', true);
    for (const id of [1, 2]) expect(w.shown.get(id)).toMatchObject({ badge: 'off', title: /paused/ });
    await w.change('sync', 'paused', false);
    for (const id of [1, 2]) expect(w.shown.get(id)?.badge).toBe('');
  });

  it('sets a tab again when it loads a page of another site', async () => {
    const w = world([news], { local: { siteSwitches: { 'news.example': false } } });
    await w.settle();
    expect(w.shown.get(1)?.badge).toBe('off');
    await w.navigate({ id: 1, url: 'https://other.example/next' });
    expect(w.shown.get(1)).toMatchObject({ badge: '', title: 'Backstory' });
  });

  it('reads a stored value it cannot use as the default, and reports nothing', async () => {
    const w = world([news], { local: { siteSwitches: 'garbage' }, sync: { paused: 'yes' } });
    await w.settle();
    expect(w.shown.get(1)?.badge).toBe('');
    expect(w.errors).toEqual([]);
  });
});
