import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './find-chromium';

/** The Chrome build to load; BACKSTORY_BUILD names another (the bench compares builds with it). */
export const CHROME_BUILD = resolve(process.env.BACKSTORY_BUILD ?? '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a throwaway profile. */
export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** A profile folder to use and keep, to test what survives a browser restart; else a throwaway one. */
  profileDir?: string;
}

/** The content script is registered by the background once it starts; pages opened before that get none. */
export async function waitForContentScripts(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { scripting } = (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
    ).chrome;
    while ((await scripting.getRegisteredContentScripts()).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'backstory-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    // Playwright's own headless mode cannot load extensions; the new headless mode can.
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Keep Chromium from calling home: this machine, and CI, have no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const first = await worker();
  const extensionId = new URL(first.url()).host;
  await waitForContentScripts(first);
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
