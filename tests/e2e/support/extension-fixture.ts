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

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export interface BackgroundStopper {
  /** Stops the extension's service worker, waking it first if it sleeps, and waits until it has stopped. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Stops the extension's service worker the way the browser does when it is idle, through DevTools on an
 * extension page. One page and one DevTools session serve every stop, so a test can stop it many times.
 */
export async function backgroundStopper(harness: Harness): Promise<BackgroundStopper> {
  const { extensionId, context } = harness.browser;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  const latest = new Map<string, WorkerVersion>();
  let onUpdate: () => void = () => undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) if (v.scriptURL.includes(extensionId)) latest.set(v.versionId, v);
    onUpdate();
  });
  await cdp.send('ServiceWorker.enable');
  const findRunning = () => [...latest.values()].find((v) => v.runningStatus === 'running');
  return {
    async stop() {
      if (!findRunning()) {
        const seen = new Promise<void>((resolve) => {
          onUpdate = () => findRunning() && resolve();
        });
        // A message wakes a sleeping background, so there is always one to stop; it refuses this one.
        await page.evaluate(() =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
          ).chrome.runtime
            .sendMessage({ type: 'wake', data: {} })
            .catch(() => undefined),
        );
        await Promise.race([seen, page.waitForTimeout(5000)]);
      }
      const running = findRunning();
      if (!running) throw new Error('the background is not running');
      const stopped = new Promise<void>((resolve) => {
        onUpdate = () => latest.get(running.versionId)?.runningStatus === 'stopped' && resolve();
      });
      await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
      await stopped;
    },
    async close() {
      await cdp.detach();
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
