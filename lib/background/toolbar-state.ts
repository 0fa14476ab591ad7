/**
 * The toolbar button says whether Backstory works on the tab's site: greyed,
 * with an "off" badge and a title that says why, when the site is switched
 * off or Backstory is paused. Set tab by tab, since each tab may be on a
 * different site: every tab at install and browser start-up, a tab again
 * when it loads a page (Firefox resets a tab's look when it navigates), and
 * the tabs again whenever a switch or the pause changes. The browser keeps
 * the looks while the background sleeps, so a wake costs nothing here.
 */
import type { Translate } from '../i18n';
import { readSetting, type StorageChangeLike, type StorageLike, watchSetting } from '../settings/read-setting';
import { isSiteEnabled, PAUSED, SITE_SWITCHES, type SiteSwitches, siteKey } from '../settings/settings';
import { webHost } from '../util/web-host';
import { type IconLook, iconSet, TOOLBAR_SIZES } from './toolbar-icons';

export type ToolbarState = 'on' | 'site-off' | 'paused';

/** Paused wins everywhere, browser pages included; a page that is not a web page is otherwise left as it is. */
export function toolbarState(url: string | undefined, switches: SiteSwitches, paused: boolean): ToolbarState {
  if (paused) return 'paused';
  const host = webHost(url);
  return host !== null && !isSiteEnabled(switches, host) ? 'site-off' : 'on';
}

export interface ToolbarLook {
  badge: string;
  title: string;
  icon: IconLook;
}

export function toolbarLook(state: ToolbarState, url: string | undefined, t: Translate): ToolbarLook {
  if (state === 'on') return { badge: '', title: t('extName'), icon: 'on' };
  if (state === 'paused') return { badge: t('toolbarBadgeOff'), title: t('toolbarPaused'), icon: 'off' };
  const host = webHost(url);
  return { badge: t('toolbarBadgeOff'), title: t('toolbarSiteOff', host ? siteKey(host) : ''), icon: 'off' };
}

/** Grey, as the icon turns, and dark enough for the browser's white badge text. */
export const BADGE_COLOUR = '#5F6368';

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setIcon(details: { tabId: number; path: Record<number, string> }): Promise<void>;
}

export interface ToolbarTab {
  id?: number;
  url?: string;
}

type TabUpdated = (tabId: number, change: { url?: string; status?: string }, tab: ToolbarTab) => void;

interface BrowserEvent {
  addListener(listener: () => void): void;
}

export interface ToolbarHost {
  action: ActionLike;
  /** The browser keeps a tab's look while the background sleeps: every tab is set only at install and start-up. */
  runtime: { onInstalled: BrowserEvent; onStartup: BrowserEvent };
  tabs: { query(query: object): Promise<ToolbarTab[]>; onUpdated: { addListener(listener: TabUpdated): void } };
  storage: StorageLike & { onChanged: StorageChangeLike };
  t: Translate;
  report(error: unknown): void;
}

export async function applyToolbarLook(action: ActionLike, tabId: number, look: ToolbarLook): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: look.badge }),
    action.setTitle({ tabId, title: look.title }),
    action.setIcon({ tabId, path: iconSet(TOOLBAR_SIZES, look.icon) }),
  ]);
}

export function keepToolbarState(host: ToolbarHost): void {
  let switches: Promise<SiteSwitches> = readSetting(host.storage, SITE_SWITCHES);
  let paused: Promise<boolean> = readSetting(host.storage, PAUSED);
  const show = async (tab: ToolbarTab) => {
    if (tab.id === undefined) return;
    const state = toolbarState(tab.url, await switches, await paused);
    await applyToolbarLook(host.action, tab.id, toolbarLook(state, tab.url, host.t));
  };
  const showAll = async () => {
    for (const tab of await host.tabs.query({})) await show(tab).catch(host.report);
  };
  // Listening starts at once, as an MV3 background must for the browser to wake it on these events.
  host.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.url !== undefined || change.status !== undefined) void show(tab).catch(host.report);
  });
  watchSetting(host.storage.onChanged, SITE_SWITCHES, (value) => {
    switches = Promise.resolve(value);
    void showAll().catch(host.report);
  });
  watchSetting(host.storage.onChanged, PAUSED, (value) => {
    paused = Promise.resolve(value);
    void showAll().catch(host.report);
  });
  const start = () => {
    void host.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(host.report);
    void showAll().catch(host.report);
  };
  host.runtime.onInstalled.addListener(start);
  host.runtime.onStartup.addListener(start);
}
