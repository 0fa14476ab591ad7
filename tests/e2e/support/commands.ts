/**
 * Presses a keyboard command the way the browser delivers it. Chromium handles extension shortcuts in the browser
 * process, and a key pressed through DevTools (Playwright's keyboard) is never matched against them, least of all
 * headless. So the test fires the background's own chrome.commands.onCommand event in its service worker, with the
 * tab, as the browser does after a shortcut: every listener the background registered runs, and nothing else.
 */
import type { Harness } from './extension-fixture';

export async function pressCommand(harness: Harness, tabId: number, command: string): Promise<void> {
  const worker = await harness.browser.worker();
  await worker.evaluate(
    async ([command, tabId]) => {
      type Chrome = {
        tabs: { get(id: number): Promise<object> };
        commands: { onCommand: { dispatch(command: string, tab: object): void } };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      chrome.commands.onCommand.dispatch(command, await chrome.tabs.get(tabId));
    },
    [command, tabId] as const,
  );
}
