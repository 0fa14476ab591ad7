import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');

/** Where Debian and Ubuntu put Firefox; ESR first, as Debian ships it. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to Firefox 140 or later.';

/**
 * Firefox gives each add-on a random moz-extension:// host per profile. Fixing
 * it through this pref is the only way to address the popup from outside.
 */
export const EXTENSION_UUID = '5b0e6a43-3c4e-4d8e-9a51-6a8b1f0c2d11';

/** The browser named in FIREFOX_PATH, else the first Firefox found on this machine. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's id, as its manifest names it for Gecko. */
  id: string;
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and resolves once `readySelector` is on it. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless: boolean;
  extensionDir?: string;
  /** More about:config prefs, e.g. a short `extensions.background.idle.timeout`. */
  prefs?: Record<string, unknown>;
  /** Trust any certificate, for tests that answer https requests on this machine (tests/e2e-firefox/support). */
  acceptInsecureCerts?: boolean;
}

/**
 * Firefox with the built extension installed, over WebDriver BiDi, in a
 * throwaway profile. The install is temporary, like about:debugging's, and
 * Firefox 127 and later grant an MV3 add-on the hosts of its content scripts at install.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless,
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    defaultViewport: { width: 1280, height: 900 },
    // Without it BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...options.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, not ${geckoId}`);
  const BIDI_RETRIES = 3;
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    id: geckoId,
    extensionUrl,
    openExtensionPage: async (path, readySelector) => {
      // A wait that polls while about:blank gives way to the extension page can hit Firefox's BiDi
      // mid-swap ("#buildReturnValue ... got null") and stay stuck; that is the driver's race, so the
      // page is opened afresh.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        // BiDi never reports a moz-extension:// page as loaded, so the page's own content says when it is.
        page.goto(extensionUrl(path)).catch(() => undefined);
        try {
          await page.waitForSelector(readySelector);
          return page;
        } catch (error) {
          await page.close().catch(() => undefined);
          if (attempt >= BIDI_RETRIES || !/buildReturnValue/.test(causes(error))) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}

/** An error's message with those of every error that caused it. */
function causes(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 10; e = e.cause) messages.push(e.message);
  return messages.join(' <- ');
}
