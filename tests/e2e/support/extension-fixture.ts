import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/browser/launch-extension';
import { type PageServer, servePages } from '../../../scripts/browser/serve-pages';
import { type BackgroundStopper, stopperOn } from './background-control';
import { visit } from './kept-tabs';
import { borrowBrowser, returnBrowser } from './shared-browser';

export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
  /** Every request the browser made to somewhere other than this machine. */
  outsideRequests: string[];
  close(): Promise<void>;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:|chrome:|data:|about:|blob:)/;

/**
 * The page server and the worker's shared Chromium (shared-browser.ts), lent to one test file: `close` gives it
 * back, reset for the next file.
 */
export async function startHarness(): Promise<Harness> {
  const server = await servePages(resolve('tests/fixtures/pages'));
  const browser = await borrowBrowser();
  const outsideRequests: string[] = [];
  browser.context.on('request', (request) => {
    if (!LOCAL.test(request.url())) outsideRequests.push(request.url());
  });
  return {
    browser,
    server,
    outsideRequests,
    close: async () => {
      await returnBrowser();
      await server.close();
    },
  };
}

/** The id Chromium gave a tab, read from the extension's service worker. */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await harness.browser.worker();
  const url = page.url();
  const id = await worker.evaluate(async (pageUrl) => {
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    const byUrl = (await api.tabs.query({})).find((t) => t.url === pageUrl);
    return byUrl?.id ?? (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab id for ${url}`);
  return id;
}

/** The popup for a tab, in the file's popup tab (see kept-tabs.ts): a fresh popup document each time. */
export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  return visit(harness, `chrome-extension://${harness.browser.extensionId}/popup.html?tab=${tabId}`, 'popup');
}

export type { BackgroundStopper } from './background-control';

/**
 * Stops the extension's service worker the way the browser does when it is idle (see background-control.ts),
 * from an extension page of its own. One page and one DevTools session serve every stop, so a test can stop it
 * many times.
 */
export async function backgroundStopper(harness: Harness): Promise<BackgroundStopper> {
  const { extensionId, context } = harness.browser;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const stopper = await stopperOn(context, page, extensionId);
  return {
    ...stopper,
    async close() {
      await stopper.close();
      await page.close();
    },
  };
}

/** Stops the extension's service worker once (see backgroundStopper). */
export async function stopBackground(harness: Harness): Promise<void> {
  const stopper = await backgroundStopper(harness);
  await stopper.stop();
  await stopper.close();
}
