/**
 * A page opened while its site was switched off has no content script: the
 * browser left it out. When the reader switches the site back on, the script
 * is started in those tabs, so the page does not need a reload.
 */
import { siteKey } from '../settings/settings';
import { webHost } from '../util/web-host';

export interface TabLike {
  id?: number;
  url?: string;
}

export interface TabStarter {
  openTabs(): Promise<TabLike[]>;
  /** Whether a content script of ours answers in the tab. */
  isRunning(tabId: number): Promise<boolean>;
  start(tabId: number): Promise<void>;
}

function siteOf(url: string | undefined): string | null {
  const host = webHost(url);
  return host === null ? null : siteKey(host);
}

/** Starts the content script in every open tab of these sites that has none; returns the tabs started. */
export async function startInOpenTabs(starter: TabStarter, sites: string[]): Promise<number[]> {
  if (sites.length === 0) return [];
  const wanted = new Set(sites);
  const started: number[] = [];
  for (const tab of await starter.openTabs()) {
    const site = siteOf(tab.url);
    if (tab.id === undefined || site === null || !wanted.has(site)) continue;
    if (await starter.isRunning(tab.id)) continue;
    await starter.start(tab.id);
    started.push(tab.id);
  }
  return started;
}
