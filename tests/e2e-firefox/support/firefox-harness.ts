import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type FirefoxOptions, type FirefoxWithExtension, launchFirefox } from '../../../scripts/browser/launch-firefox';
import { HIGHLIGHTS_TIMEOUT_MS, hasOurHighlights, mentionCenter } from '../../../scripts/browser/page-probes';
import { type PageServer, servePages } from '../../../scripts/browser/serve-pages';
import { watchForeignMutations } from '../../e2e/support/dom-recorder';

export interface FirefoxHarness {
  firefox: FirefoxWithExtension;
  server: PageServer;
  /** Every request a page made to somewhere other than this machine. */
  outsideRequests: string[];
  /** A new tab on a page of the fixture server (or any address), recorded from its first moment. */
  open(pathOrUrl: string, host?: string): Promise<Page>;
  /** The same, once the content script has highlighted it. */
  openArticle(path: string, host?: string): Promise<Page>;
  /** Firefox's id for a page's tab, asked of the extension itself. */
  tabIdOf(page: Page): Promise<number>;
  /** The popup, in a tab of its own, speaking about the given tab. */
  openPopup(tabId: number): Promise<Page>;
  /** Evaluates in an extension page, where the WebExtension `browser` API is. */
  inExtension<R>(fn: () => R): Promise<R>;
  close(): Promise<void>;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|moz-extension:|data:|about:|blob:)/;

/** Firefox with the built extension, its own fixture server, and the extension page that answers for it. */
export interface FirefoxSession {
  firefox: FirefoxWithExtension;
  server: PageServer;
  probe: Page;
}

export async function launchFirefoxSession(
  prefs?: FirefoxOptions['prefs'],
  options: Pick<FirefoxOptions, 'acceptInsecureCerts'> = {},
): Promise<FirefoxSession> {
  const server = await servePages(resolve('tests/fixtures/pages'));
  const firefox = await launchFirefox({ headless: true, prefs, ...options });
  // Only an extension page can ask Firefox for tab ids; this one stays open for the whole run.
  const probe = await firefox.openExtensionPage('popup.html', '.popup');
  await contentScriptRegistered(probe);
  return { firefox, server, probe };
}

/** The background registers the content script when it starts; a page opened before that would get none. */
export const contentScriptRegistered = (probe: Page): Promise<void> =>
  probe.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
    const { scripting } = (globalThis as unknown as { browser: { scripting: Scripting } }).browser;
    while ((await scripting.getRegisteredContentScripts()).length === 0) {
      await new Promise((done) => setTimeout(done, 20));
    }
  });

/** The harness over a running session; `close` is what ends this file's use of it. */
export function harnessOn({ firefox, server, probe }: FirefoxSession, close: () => Promise<void>): FirefoxHarness {
  const outsideRequests: string[] = [];
  const open = async (pathOrUrl: string, host?: string) => {
    const page = await firefox.browser.newPage();
    page.on('request', (request) => {
      if (!LOCAL.test(request.url())) outsideRequests.push(request.url());
    });
    await page.evaluateOnNewDocument(watchForeignMutations);
    await page.goto(/^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl, host));
    return page;
  };

  return {
    firefox,
    server,
    outsideRequests,
    open,
    openArticle: async (path, host) => {
      const page = await open(path, host);
      await page.waitForFunction(hasOurHighlights, { timeout: HIGHLIGHTS_TIMEOUT_MS });
      return page;
    },
    tabIdOf: async (page) => {
      // Several tabs may show one address; the tab just brought to the front is this page's.
      await page.bringToFront();
      const url = page.url();
      const id = await probe.evaluate(async (pageUrl) => {
        type Tab = { id?: number; url?: string; active: boolean };
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]> } } }).browser;
        // Without the tabs permission Firefox hides the address of a page the add-on may not touch.
        const tab = (await api.tabs.query({ active: true })).find((t) => t.url === pageUrl || t.url === undefined);
        return tab?.id;
      }, url);
      if (typeof id !== 'number') throw new Error(`no tab id for ${url}`);
      return id;
    },
    openPopup: (tabId) =>
      firefox.openExtensionPage(`popup.html?tab=${tabId}`, '.popup [data-state], .popup .site-switch'),
    inExtension: (fn) => probe.evaluate(fn),
    close,
  };
}

/** Rests the pointer on the first mention with this text, in the front tab as a reader would. */
export async function hoverMention(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const point = await mentionCenter(page, text);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
}
