/**
 * The tabs a test file keeps from one test to the next, led from page to page as a reader would: a new tab costs
 * the browser about 0.3 s of CPU more than a navigation in one (its browser and GPU processes, measured in
 * Chromium), and the suite opened some 150. A file names the part a tab plays ('page', 'popup', 'options', a second
 * article's 'other'...); each part has one tab, opened at first use, and opened again if a test closed it. The
 * first part a file asks for gets the shared browser's first tab, which the browser keeps anyway; the reset before
 * the next file closes the others (shared-browser.ts).
 *
 * What a test must not inherit from the one before it is put back on each visit: the tab is brought to the front (a
 * new tab opened in front; one behind another gets no frames and slow timers), its viewport and media are a new
 * page's again, and the pointer leaves the last page's card before the next page loads, where it would otherwise
 * rest over a name. A navigation gives a fresh document and content script. What a visit does not undo, a test must
 * not leave behind: DevTools overrides (zoom, touch), listeners on the page, the background's records of a tab id.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/browser/launch-extension';

/** The window size launchExtension gives every page. */
const WINDOW = { width: 1280, height: 900 };
/** The media features a new page has, which a test may have emulated otherwise. */
const NEW_PAGE_MEDIA = { colorScheme: 'light', forcedColors: 'none' } as const;

const kept = new WeakMap<ExtensionBrowser, Map<string, Page>>();
/** The shared browser's first tab, while no part holds it. */
const anchors = new WeakMap<ExtensionBrowser, Page>();

/**
 * Called by the shared browser (shared-browser.ts) when it is lent to a file: the parts of the file before are
 * forgotten, and its first tab, the anchor, is the tab the new file's first part gets, so that each file opens one
 * tab fewer. The anchor is never closed; the reset takes off whatever a file left on it.
 */
export function lendAnchor(browser: ExtensionBrowser, anchor: Page): void {
  kept.delete(browser);
  anchors.set(browser, anchor);
}

/** The file's tab for `part`, as the last test left it; opened if there is none. */
export async function keptTab(harness: { browser: ExtensionBrowser }, part = 'page'): Promise<Page> {
  let tabs = kept.get(harness.browser);
  if (!tabs) {
    tabs = new Map();
    kept.set(harness.browser, tabs);
  }
  const tab = tabs.get(part);
  if (tab && !tab.isClosed()) return tab;
  const anchor = anchors.get(harness.browser);
  anchors.delete(harness.browser);
  let opened: Page;
  if (anchor && !anchor.isClosed()) {
    // The file before may have left it at another size or media.
    await asNew(anchor);
    opened = anchor;
  } else opened = await harness.browser.context.newPage();
  tabs.set(part, opened);
  return opened;
}

/** The tab at the window's size, with the media a new page has (Playwright's light scheme, no forced colours). */
async function asNew(tab: Page): Promise<void> {
  const size = tab.viewportSize();
  if (size?.width !== WINDOW.width || size.height !== WINDOW.height) await tab.setViewportSize(WINDOW);
  await tab.emulateMedia(NEW_PAGE_MEDIA);
}

/** Leads the file's tab for `part` to `url`: in front, as a new page is (asNew), with the pointer in the corner. */
export async function visit(harness: { browser: ExtensionBrowser }, url: string, part = 'page'): Promise<Page> {
  const tab = await keptTab(harness, part);
  await tab.bringToFront();
  await asNew(tab);
  await tab.mouse.move(1, 1);
  await tab.goto(url);
  return tab;
}
