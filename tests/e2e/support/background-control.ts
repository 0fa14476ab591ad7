/**
 * Stopping the extension's service worker the way the browser does when it is idle, through DevTools on an
 * extension page, and waking it again with a message, as a page or a popup would.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export interface BackgroundStopper {
  /** Stops the extension's service worker, waking it first if it sleeps, and waits until it has stopped. */
  stop(): Promise<void>;
  /** Wakes a stopped service worker and waits until it runs again, or until `timeoutMs` have passed. */
  wake(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** One DevTools session on `page`, an extension page of `extensionId`, serves every stop and wake. */
export async function stopperOn(context: BrowserContext, page: Page, extensionId: string): Promise<BackgroundStopper> {
  const cdp = await context.newCDPSession(page);
  const latest = new Map<string, WorkerVersion>();
  let onUpdate: () => void = () => undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) if (v.scriptURL.includes(extensionId)) latest.set(v.versionId, v);
    onUpdate();
  });
  await cdp.send('ServiceWorker.enable');
  const findRunning = () => [...latest.values()].find((v) => v.runningStatus === 'running');
  const wake = async (timeoutMs = 5000) => {
    if (findRunning()) return;
    const seen = new Promise<void>((resolve) => {
      onUpdate = () => findRunning() && resolve();
    });
    // A message wakes a sleeping background; it refuses this one.
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime
        .sendMessage({ type: 'wake', data: {} })
        .catch(() => undefined),
    );
    await Promise.race([seen, page.waitForTimeout(timeoutMs)]);
  };
  return {
    wake,
    async stop() {
      await wake();
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
    },
  };
}
