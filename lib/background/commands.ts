/**
 * The keyboard commands (manifest "commands"; the reader can change their keys
 * in the browser's shortcut settings). The browser tells the background, which
 * alone writes the site switch, and asks the tab's content script for the rest.
 */
import type { CardKeyAction } from '../protocol/messages';
import { isSiteEnabled, type SiteSwitches, withSite } from '../settings/settings';
import { webHost } from '../util/web-host';

export const CARD_COMMANDS: Readonly<Record<string, CardKeyAction>> = {
  'open-card': 'open',
  'next-name': 'next',
  'previous-name': 'previous',
};
export const TOGGLE_SITE_COMMAND = 'toggle-site';

export interface CommandDeps {
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  switches: { get(): Promise<SiteSwitches>; set(value: SiteSwitches): Promise<void> };
}

/** Resolves once done; a tab without our content script (a browser page, a PDF) is left alone. */
export async function runCommand(
  command: string,
  tab: { id?: number; url?: string } | undefined,
  deps: CommandDeps,
): Promise<void> {
  const tabId = tab?.id;
  if (typeof tabId !== 'number') return;
  try {
    const action = CARD_COMMANDS[command];
    if (action) {
      await deps.sendToTab(tabId, { type: 'page/card', data: { action } });
    } else if (command === TOGGLE_SITE_COMMAND) {
      // The browser's word for the tab's address, not the page's: a tab switched off has no content script to ask.
      const host = webHost(tab?.url);
      if (host === null) return;
      const switches = await deps.switches.get();
      await deps.switches.set(withSite(switches, host, !isSiteEnabled(switches, host)));
    }
  } catch {
    // No content script in that tab: nothing to open or switch there.
  }
}
