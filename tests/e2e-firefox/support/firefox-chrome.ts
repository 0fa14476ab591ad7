/**
 * What a file needs of Firefox beyond what an extension page can do, asked of Firefox's own chrome window over
 * WebDriver BiDi (allowed by `--remote-allow-system-access`, which launch-firefox passes): about:config prefs set
 * while it runs, trust in this run's throwaway certificates, the add-on's install-time permissions given back, and
 * its background page restarted. With these the shared Firefox can lend itself to the files that would otherwise
 * each launch a Firefox of their own (about 10 s of CPU apiece).
 */
import type { Browser } from 'puppeteer-core';

type Pref = string | number | boolean | null;
export type Prefs = Record<string, Pref>;
export interface Permissions {
  origins?: string[];
  permissions?: string[];
  data_collection?: string[];
}

type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
type Remote = { type: string; value?: unknown };
type CallResult = { type: 'success'; result: Remote } | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * Runs `fn` in Firefox's chrome window with one JSON argument, and gives back its JSON answer. The function is sent
 * as source, so it may use only its argument and the chrome window's globals (Services, ChromeUtils, Cc, Ci).
 */
async function inChrome<A, R>(browser: Browser, fn: (arg: A) => Promise<R> | R, arg: A): Promise<R> {
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [chrome] = tree.result.contexts as { context: string }[];
  if (!chrome) throw new Error('Firefox showed no chrome window');
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)) ?? null)`,
    arguments: [{ type: 'string', value: JSON.stringify(arg) }],
    target: { context: chrome.context },
    awaitPromise: true,
  });
  const call = result as unknown as CallResult;
  if (call.type === 'exception') throw new Error(`in Firefox's chrome: ${call.exceptionDetails.text}`);
  return JSON.parse(String(call.result.value)) as R;
}

/** Sets prefs (null clears one) and gives back what each was before, for the caller to restore the same way. */
export const setPrefs = (browser: Browser, prefs: Prefs): Promise<Prefs> =>
  inChrome(
    browser,
    (wanted: Prefs) => {
      const { prefs: store } = (globalThis as unknown as { Services: { prefs: PrefStore } }).Services;
      const before: Prefs = {};
      for (const [name, value] of Object.entries(wanted)) {
        before[name] = !store.prefHasUserValue(name)
          ? null
          : store.getPrefType(name) === store.PREF_INT
            ? store.getIntPref(name)
            : store.getPrefType(name) === store.PREF_BOOL
              ? store.getBoolPref(name)
              : store.getStringPref(name);
        if (value === null) store.clearUserPref(name);
        else if (typeof value === 'number') store.setIntPref(name, value);
        else if (typeof value === 'boolean') store.setBoolPref(name, value);
        else store.setStringPref(name, value);
      }
      return before;
    },
    prefs,
  );

interface PrefStore {
  PREF_INT: number;
  PREF_BOOL: number;
  prefHasUserValue(name: string): boolean;
  getPrefType(name: string): number;
  getIntPref(name: string): number;
  getBoolPref(name: string): boolean;
  getStringPref(name: string): string;
  setIntPref(name: string, value: number): void;
  setBoolPref(name: string, value: boolean): void;
  setStringPref(name: string, value: string): void;
  clearUserPref(name: string): void;
}

/** Trusts any certificate, or no longer: the code behind WebDriver's `acceptInsecureCerts`, for the whole browser. */
export const trustAnyCertificate = (browser: Browser, trust: boolean): Promise<void> =>
  inChrome(
    browser,
    (on: boolean) => {
      type Certificates = { disableSecurityChecks(): void; enableSecurityChecks(): void };
      const { ChromeUtils } = globalThis as unknown as { ChromeUtils: { importESModule(url: string): unknown } };
      const url = 'chrome://remote/content/shared/webdriver/Certificates.sys.mjs';
      const { Certificates } = ChromeUtils.importESModule(url) as { Certificates: Certificates };
      if (on) Certificates.disableSecurityChecks();
      else Certificates.enableSecurityChecks();
    },
    trust,
  );

/** Gives the add-on permissions as its install did, without a prompt (an extension page can only take them away). */
export const grantPermissions = (browser: Browser, id: string, perms: Permissions): Promise<void> =>
  inChrome(
    browser,
    async ({ id, perms }: { id: string; perms: Permissions }) => {
      const { ChromeUtils, WebExtensionPolicy } = globalThis as unknown as ChromeGlobals;
      const { ExtensionPermissions } = ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionPermissions.sys.mjs',
      );
      const full = { origins: [], permissions: [], data_collection: [], ...perms };
      await ExtensionPermissions.add(id, full, WebExtensionPolicy.getByID(id)?.extension);
    },
    { id, perms },
  );

/**
 * Stops the add-on's background page and starts it again, as Firefox does when it suspends an idle one and the next
 * event wakes it: a background started now counts its idle time by the prefs as they are now.
 */
export const restartBackground = (browser: Browser, id: string): Promise<void> =>
  inChrome(
    browser,
    async (id: string) => {
      const { WebExtensionPolicy } = globalThis as unknown as ChromeGlobals;
      const extension = WebExtensionPolicy.getByID(id)?.extension;
      if (!extension) throw new Error(`no add-on ${id}`);
      await extension.terminateBackground({ ignoreDevToolsAttached: true });
      await extension.wakeupBackground();
    },
    id,
  );

interface ChromeGlobals {
  ChromeUtils: {
    importESModule(url: string): {
      ExtensionPermissions: { add(id: string, perms: Required<Permissions>, emitter: unknown): Promise<void> };
    };
  };
  WebExtensionPolicy: {
    getByID(id: string):
      | {
          extension: {
            terminateBackground(o: { ignoreDevToolsAttached: boolean }): Promise<void>;
            wakeupBackground(): Promise<void>;
          };
        }
      | undefined;
  };
}
