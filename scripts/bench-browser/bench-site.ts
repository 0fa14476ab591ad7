/**
 * What the browser bench and the heavy-pages test run on: the generated pages
 * and a corpus article served from 127.0.0.1, Chromium with the built
 * extension, and the same Chromium without it for the figures to compare.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../browser/find-chromium';
import { type ExtensionBrowser, launchExtension } from '../browser/launch-extension';
import { hasOurHighlights } from '../browser/page-probes';
import { type PageServer, servePages } from '../browser/serve-pages';
import { bigArticle, corpusParagraphs, hugePage, livePage, longArticle, repeatingPage } from './heavy-pages';

/** Elements and text nodes together: about half are text. */
const GIANT_NODES = 510_000;
const HOSTILE_REPEATS = 40_000;

export const PAGES = {
  /** A corpus article as a news site would serve it. */
  article: 'kazakhstan-activist.html',
  long: 'long-article.html',
  huge: 'huge-page.html',
  big: 'big-article.html',
  /** About 205,000 text nodes: the size of page on which steps once ran long inside their slices (issue 14). */
  giant: 'giant-page.html',
  live: 'live-page.html',
  /** "Astana" 40,000 times in 1.5 MB, as the probe of issue 14 made it. */
  hostile: 'hostile-page.html',
} as const;

export interface BenchSite {
  url(page: keyof typeof PAGES): string;
  close(): Promise<void>;
}

export async function serveBenchSite(): Promise<BenchSite> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-heavy-'));
  const paragraphs = corpusParagraphs();
  writeFileSync(join(dir, PAGES.long), longArticle(paragraphs));
  writeFileSync(join(dir, PAGES.huge), hugePage(paragraphs));
  writeFileSync(join(dir, PAGES.big), bigArticle(paragraphs));
  writeFileSync(join(dir, PAGES.giant), hugePage(paragraphs, GIANT_NODES));
  writeFileSync(join(dir, PAGES.hostile), repeatingPage(HOSTILE_REPEATS));
  writeFileSync(join(dir, PAGES.live), livePage(paragraphs));
  copyFileSync(join('tests/fixtures/pages', PAGES.article), join(dir, PAGES.article));
  const server: PageServer = await servePages(dir);
  return {
    url: (page) => server.url(PAGES[page]),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium, flags and window as launchExtension, without the extension: the baseline. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--disable-extensions',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { ExtensionBrowser };
export { launchExtension };

/** Waits for our highlights by polling on a timer: a probe per frame would add script to every frame traced. */
export async function waitForOurHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(hasOurHighlights, null, { timeout, polling: 100 });
}

/** Switches Backstory off (or on) for a site, as the popup's switch does. */
export async function switchSite(browser: ExtensionBrowser, host: string, on: boolean): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(
    ([host, on]) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } })
        .chrome;
      return api.storage.local.set({ siteSwitches: { [host]: on } });
    },
    [host, on] as const,
  );
}

export interface MainThreadMeter {
  /** Main-thread time the page's renderer has spent since the meter started, from Chromium's own counters, in ms. */
  read(): Promise<{ taskMs: number; scriptMs: number }>;
  stop(): Promise<void>;
}

export async function meterMainThread(page: Page): Promise<MainThreadMeter> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const totals = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration') };
  };
  const start = await totals();
  return {
    read: async () => {
      const now = await totals();
      return { taskMs: now.taskMs - start.taskMs, scriptMs: now.scriptMs - start.scriptMs };
    },
    stop: () => cdp.detach(),
  };
}
