import { browser } from 'wxt/browser';
import { keepToolbarState } from '../../lib/background/toolbar-state';
import { type GetMessage, translator } from '../../lib/i18n';

/** The toolbar button's look per tab: greyed with an "off" badge where Backstory does nothing. */
export function startToolbarState(): void {
  keepToolbarState({
    action: browser.action,
    runtime: browser.runtime,
    tabs: browser.tabs,
    storage: browser.storage,
    t: translator(browser.i18n.getMessage as GetMessage),
    report: (error) => console.error('Backstory toolbar button:', error),
  });
}
