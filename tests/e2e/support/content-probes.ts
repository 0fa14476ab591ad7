/**
 * Ways to see what the content script does on a page without any hook in the
 * shipped code: the messages it sends to the background, the tab state it
 * gives the popup, the ranges it registered, and the MutationObservers alive
 * in its isolated world (counted through the DevTools protocol).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PageState } from '../../../lib/protocol/messages';
import type { Harness } from './extension-fixture';

type Chrome = {
  runtime: { onMessage: { addListener(fn: (message: unknown, sender: { tab?: { id?: number } }) => void): void } };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<{ ok: boolean; data: PageState }> };
  storage: { local: { set(items: object): Promise<void> } };
};

/**
 * Records, in the background, every detection a tab's content script asks
 * for: each read of the page, whole or in part, sends one with the text it
 * read; the recorder keeps that text's words.
 */
export async function recordReads(harness: Harness, tabId: number): Promise<{ words(): Promise<string[][]> }> {
  const worker = await harness.browser.worker();
  const key = `reads${tabId}`;
  // A tab kept from test to test keeps its id: its recorder is emptied, and its listener added once in the background's life.
  await worker.evaluate(
    ([key, tabId]) => {
      const g = globalThis as unknown as Record<string, string[][]> & { chrome: Chrome };
      const fresh = g[key] === undefined;
      g[key] = [];
      if (!fresh) return;
      g.chrome.runtime.onMessage.addListener((message, sender) => {
        const m = message as { type?: string; data?: { texts?: string[] } };
        const words = (m.data?.texts ?? [])
          .join(' ')
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter(Boolean);
        if (m?.type === 'text/detect' && sender.tab?.id === tabId) g[key]?.push(words);
      });
    },
    [key, tabId] as const,
  );
  return {
    words: () => worker.evaluate((key) => (globalThis as unknown as Record<string, string[][]>)[key] ?? [], key),
  };
}

/** What the tab's content script tells the popup. */
export async function pageState(harness: Harness, tabId: number): Promise<PageState> {
  const worker = await harness.browser.worker();
  const reply = await worker.evaluate(
    (tabId) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, { type: 'page/state', data: {} }),
    tabId,
  );
  if (!reply.ok) throw new Error('the content script did not answer');
  return reply.data;
}

export async function setSiteSwitches(harness: Harness, switches: Record<string, boolean>): Promise<void> {
  const worker = await harness.browser.worker();
  await worker.evaluate(
    (siteSwitches) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ siteSwitches }),
    switches,
  );
}

/** Each of our highlight ranges: its text, and whether its nodes are still in the page. */
export async function ourRanges(page: Page): Promise<{ text: string; connected: boolean }[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory-') && name !== 'backstory-flash')
      .flatMap(([, highlight]) =>
        [...(highlight as Iterable<Range>)].map((r) => ({
          text: r.toString(),
          connected: r.startContainer.isConnected && r.endContainer.isConnected,
        })),
      ),
  );
}

/** Counts the MutationObservers alive in the content script's isolated world. */
export async function observerCounter(page: Page, extensionName = 'Backstory'): Promise<() => Promise<number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; name: string; auxData?: object } }) => {
    const aux = event.context.auxData as { type?: string } | undefined;
    worlds.push({ id: event.context.id, name: event.context.name, type: aux?.type });
  });
  await cdp.send('Runtime.enable');
  return async () => {
    const world = worlds.filter((w) => w.type === 'isolated' && w.name === extensionName).at(-1);
    if (!world) throw new Error(`no ${extensionName} world in the page`);
    // An observer that observes nodes is kept alive by them; one disconnected and dropped is collected.
    await cdp.send('HeapProfiler.collectGarbage');
    const group = 'observer-count';
    const prototype = await cdp.send('Runtime.evaluate', {
      expression: 'MutationObserver.prototype',
      contextId: world.id,
      objectGroup: group,
    });
    const found = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: prototype.result.objectId as string,
      objectGroup: group,
    });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId as string,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
      objectGroup: group,
    });
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
    return length.result.value as number;
  };
}
