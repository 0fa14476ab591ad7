/**
 * One Chromium per vitest worker, lent to the test files it runs one after another. Starting Chromium with the
 * extension and closing it cost about 5 s of CPU, and a file's own tests often less; a reset between files costs
 * about 1.5 s. The reset gives the next file what a fresh profile gives it: one tab, no routes, no cookies,
 * no listeners left on the context or that tab, the extension's storage and optional permissions as they were once
 * it had started, its lookup cache deleted, and a background started afresh (stopped and woken, so nothing a file
 * left in its memory or patched into it survives). The one tab is the browser's first, the anchor: it is the first
 * tab a file keeps (kept-tabs.ts), which saves each file a new tab. A browser whose reset fails is closed, and the
 * next file gets a new one. The worker closes the last one on its way out (see browser-environment.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  launchExtension,
  waitForContentScripts,
} from '../../../scripts/browser/launch-extension';
import { stopperOn } from './background-control';
import { recordDomChanges } from './dom-recorder';
import { type Baseline, deleteNewDatabases, readBaseline, restoreSettings } from './extension-baseline';
import { lendAnchor } from './kept-tabs';
import { workerSlot } from './worker-slot';

const WAKE_GUARD_MS = 60_000;

interface Shared {
  browser: ExtensionBrowser;
  /** The tab the browser opened with, never closed, so the browser never runs out of windows. */
  anchor: Page;
  /** The anchor's listeners when the browser was launched, by event: any other was added by a file. */
  anchorListeners: Map<string, Set<unknown>>;
  baseline: Baseline;
  /** The context's listeners when the browser was lent, by event: any other was added by a file. */
  listeners: Map<string, Set<unknown>>;
  /** Lent to a file since the last reset: the next borrower resets it first. */
  lent: boolean;
}

/** The worker's one shared browser, launched at first use. */
const slot = workerSlot(Symbol.for('backstory.e2e.sharedBrowser'), launchShared);
type Emitter = { eventNames(): (string | symbol)[]; listeners(e: string): unknown[]; off(e: string, l: unknown): void };

function listenersOf(target: BrowserContext | Page): Map<string, Set<unknown>> {
  const emitter = target as unknown as Emitter;
  const names = emitter.eventNames().filter((e): e is string => typeof e === 'string');
  return new Map(names.map((name) => [name, new Set(emitter.listeners(name))]));
}

/** Takes off `target` every listener that `kept` does not list. */
function removeListeners(target: BrowserContext | Page, kept: Map<string, Set<unknown>>): void {
  const emitter = target as unknown as Emitter;
  for (const name of emitter.eventNames()) {
    if (typeof name !== 'string') continue;
    const before = kept.get(name) ?? new Set();
    for (const listener of emitter.listeners(name)) if (!before.has(listener)) emitter.off(name, listener);
  }
}

async function launchShared(): Promise<Shared> {
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const launched = await launchExtension({ headless: true, profileDir });
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  // Playwright kills the browser if the worker exits without closing it; the profile is ours to remove.
  process.once('exit', removeProfile);
  const browser = {
    ...launched,
    close: async () => {
      await launched.close();
      removeProfile();
    },
  };
  await recordDomChanges(browser.context);
  const anchor = browser.context.pages()[0] ?? (await browser.context.newPage());
  lendAnchor(browser, anchor);
  return {
    browser,
    anchor,
    anchorListeners: listenersOf(anchor),
    baseline: await readBaseline(browser),
    listeners: listenersOf(browser.context),
    lent: false,
  };
}

/** Everything a file may have left in the browser, taken away (see the top of this file). */
async function reset(shared: Shared): Promise<void> {
  const { browser, anchor, baseline } = shared;
  const { context, extensionId } = browser;
  removeListeners(context, shared.listeners);
  removeListeners(anchor, shared.anchorListeners);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await anchor.unrouteAll({ behavior: 'ignoreErrors' });
  for (const page of context.pages()) if (page !== anchor) await page.close();
  lendAnchor(browser, anchor);
  await context.clearCookies();
  // The policy page: an extension page with no script of its own that talks to the background.
  await anchor.goto(`chrome-extension://${extensionId}/privacy.html`);
  const background = await stopperOn(context, anchor, extensionId);
  try {
    // Hang guards: a background that starts loads the knowledge pack, slow on a loaded machine.
    await background.wake(WAKE_GUARD_MS);
    await restoreSettings(browser, baseline);
    await background.stop();
    await deleteNewDatabases(anchor, baseline);
    await background.wake(WAKE_GUARD_MS);
  } finally {
    await background.close();
  }
  await waitForContentScripts(await browser.worker());
  // The anchor stays on the policy page: the next file leads it where it needs it (kept-tabs.ts), or leaves it.
}

/** The worker's browser, reset if a file had it before; a new one if the reset fails. */
export async function borrowBrowser(): Promise<ExtensionBrowser> {
  let shared = await slot.current();
  if (shared.lent) {
    try {
      await reset(shared);
    } catch (error) {
      console.warn(`A new browser: the shared one could not be reset (${error})`);
      await closeSharedBrowser();
      shared = await slot.current();
    }
  }
  shared.lent = true;
  return shared.browser;
}

/**
 * Gives the browser back. It is reset when the next file borrows it (borrowBrowser), not here: after a worker's last
 * file the browser is closed instead, and a reset then would be work thrown away (about 1.5 s of CPU per worker). A
 * browser the file broke fails that reset, and the next file gets a new one, as it did when the reset ran here.
 */
export async function returnBrowser(): Promise<void> {
  // Still lent: the next borrower resets it.
}

/** Closes the worker's browser, if it has one. */
export async function closeSharedBrowser(): Promise<void> {
  await (await slot.take())?.browser.close();
}
