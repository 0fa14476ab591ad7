import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension } from '../../../scripts/browser/launch-extension';
import { type PageServer, servePages } from '../../../scripts/browser/serve-pages';
import { recordDomChanges } from './dom-recorder';

export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
  /** Every request the browser made to somewhere other than this machine. */
  outsideRequests: string[];
  close(): Promise<void>;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:|chrome:|data:|about:|blob:)/;

export async function startHarness(): Promise<Harness> {
  const server = await servePages(resolve('tests/fixtures/pages'));
  const browser = await launchExtension({ headless: true });
  const outsideRequests: string[] = [];
  browser.context.on('request', (request) => {
    if (!LOCAL.test(request.url())) outsideRequests.push(request.url());
  });
  await recordDomChanges(browser.context);
  return {
    browser,
    server,
    outsideRequests,
    close: async () => {
      await browser.close();
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

export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  const popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
