/**
 * When a page's content script was detecting mentions, seen from the
 * background: detection runs after its term lookup is answered and before it
 * asks for the mentions to be resolved. Detection (lib/detect) is one call
 * that cannot be cut into slices; the bench and the heavy-pages test tell the
 * long task it makes apart from the rest by this window.
 */
import type { ExtensionBrowser } from '../browser/launch-extension';

export interface DetectionWindow {
  /** Wall-clock times, in ms since 1970 (performance.timeOrigin's count). */
  from: number;
  to: number;
}

type Chrome = {
  runtime: { onMessage: { addListener(fn: (message: unknown, sender: { url?: string }) => void): void } };
};

/** Starts recording, in the service worker, when each page sends its term lookups and resolve requests. */
export async function recordDetection(browser: ExtensionBrowser): Promise<(url: string) => Promise<DetectionWindow[]>> {
  const worker = await browser.worker();
  await worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; __detection?: [string, string, number][] };
    if (g.__detection) return;
    const seen: [string, string, number][] = [];
    g.__detection = seen;
    g.chrome.runtime.onMessage.addListener((message, sender) => {
      const type = (message as { type?: string } | null)?.type;
      if (type === 'detect' || type === 'resolve')
        seen.push([sender.url ?? '', type, performance.timeOrigin + performance.now()]);
    });
  });
  return async (url) => {
    const seen = await worker.evaluate(
      () => (globalThis as unknown as { __detection?: [string, string, number][] }).__detection ?? [],
    );
    const windows: DetectionWindow[] = [];
    let from: number | null = null;
    for (const [pageUrl, type, at] of seen) {
      if (pageUrl !== url) continue;
      if (type === 'detect') from = at;
      else if (from !== null) {
        windows.push({ from, to: at });
        from = null;
      }
    }
    return windows;
  };
}
