/**
 * One Firefox for every file, lent to them one after another. Launching Firefox with the extension and closing it
 * costs about 10 s of CPU, and 15 s of waiting on a loaded machine, more than most of these files' own tests. A file
 * may borrow it with prefs of its own and trust in a throwaway certificate (support/firefox-chrome.ts sets them in
 * the running Firefox). Between files the browser is given back as a fresh one would be: every tab but the probe
 * closed, the extension's storage (local, sync and session) as it was once the extension had started, any optional
 * permission a file was granted taken back and any install-time one it took away given back, the file's prefs and
 * trust undone, and the background restarted under them. A browser that cannot be reset is closed, and the next
 * file gets a new one. The suite's environment closes the last one (tests/e2e/support/browser-environment.ts).
 */
import type { Page } from 'puppeteer-core';
import { workerSlot } from '../../e2e/support/worker-slot';
import { grantPermissions, type Prefs, restartBackground, setPrefs, trustAnyCertificate } from './firefox-chrome';
import {
  contentScriptRegistered,
  type FirefoxHarness,
  type FirefoxSession,
  harnessOn,
  launchFirefoxSession,
} from './firefox-harness';

/**
 * The one pref every borrowing file gets. Firefox's permission prompt is browser UI that automation cannot click;
 * with this pref Firefox grants a request at once, and the reset takes the grant back.
 */
const SHARED_PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

interface Granted {
  origins: string[];
  permissions: string[];
  data_collection?: string[];
}

interface Baseline {
  storage: Record<'local' | 'sync' | 'session', Record<string, unknown>>;
  granted: Granted;
}

/** What a file asked of the shared Firefox beyond the baseline, and how to undo it. */
export interface BorrowOptions {
  /** about:config prefs for this file, such as a short `extensions.background.idle.timeout`. */
  prefs?: Prefs;
  /** Trust any certificate, for a file that answers https requests on this machine. */
  acceptInsecureCerts?: boolean;
}

interface Undo {
  prefs?: Prefs;
  trusted?: boolean;
}

interface Shared {
  session: FirefoxSession;
  baseline: Baseline;
  lent: boolean;
  undo: Undo;
  /** What the environment's teardown calls, under the same shape as the Chromium suite's shared browser. */
  browser: { close(): Promise<void> };
}

type Api = {
  storage: Record<
    'local' | 'sync' | 'session',
    { get(k: null): Promise<Record<string, unknown>>; clear(): Promise<void>; set(v: object): Promise<void> }
  >;
  permissions: { getAll(): Promise<Granted>; remove(p: Partial<Granted>): Promise<boolean> };
};

const readBaseline = (probe: Page): Promise<Baseline> =>
  probe.evaluate(async () => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const [local, sync, session] = await Promise.all(
      (['local', 'sync', 'session'] as const).map((area) => api.storage[area].get(null)),
    );
    return { storage: { local, sync, session }, granted: await api.permissions.getAll() };
  }) as Promise<Baseline>;

async function launchShared(): Promise<Shared> {
  const session = await launchFirefoxSession(SHARED_PREFS);
  const close = async () => {
    await session.firefox.close();
    await session.server.close();
  };
  return { session, baseline: await readBaseline(session.probe), lent: false, undo: {}, browser: { close } };
}

/** Starts the background again and waits for its content script, so that the next page opened gets one. */
async function restart({ firefox, probe }: FirefoxSession): Promise<void> {
  await restartBackground(firefox.browser, firefox.id);
  await contentScriptRegistered(probe);
}

async function reset(shared: Shared): Promise<void> {
  const { session, baseline, undo } = shared;
  const { firefox, probe } = session;
  for (const page of await firefox.browser.pages()) if (page !== probe) await page.close();
  // Storage as it was, optional grants taken back; what the file took away of the install's grants is the answer.
  const lost = await probe.evaluate(async (base: Baseline) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    for (const area of ['local', 'sync', 'session'] as const) {
      await api.storage[area].clear();
      await api.storage[area].set(base.storage[area]);
    }
    const keys = ['origins', 'permissions', 'data_collection'] as const;
    const now = await api.permissions.getAll();
    const extra = (key: keyof Granted) => (now[key] ?? []).filter((p) => !(base.granted[key] ?? []).includes(p));
    const taken: Partial<Granted> = {};
    for (const key of keys) if (extra(key).length > 0) taken[key] = extra(key);
    if (Object.keys(taken).length > 0) await api.permissions.remove(taken);
    const after = await api.permissions.getAll();
    const missing = (key: keyof Granted) => (base.granted[key] ?? []).filter((p) => !after[key]?.includes(p));
    return {
      origins: missing('origins'),
      permissions: missing('permissions'),
      data_collection: missing('data_collection'),
    };
  }, baseline);
  if (Object.values(lost).some((list) => list.length > 0)) await grantPermissions(firefox.browser, firefox.id, lost);
  if (undo.trusted) await trustAnyCertificate(firefox.browser, false);
  if (undo.prefs) {
    await setPrefs(firefox.browser, undo.prefs);
    await restart(session);
  }
  shared.undo = {};
}

/** The one shared Firefox, launched at first use. */
const slot = workerSlot(Symbol.for('backstory.e2e.sharedFirefox'), launchShared);

async function closeShared(why: unknown): Promise<void> {
  console.warn(`The shared Firefox could not be reset, so the next file gets a new one (${why})`);
  await (await slot.take())?.browser.close();
}

/** The shared Firefox for this file; closing the harness gives it back, reset, for the next file. */
export async function borrowFirefoxHarness(options: BorrowOptions = {}): Promise<FirefoxHarness> {
  let shared = await slot.current();
  if (shared.lent) {
    // The file before ended without its afterAll.
    await reset(shared).catch(closeShared);
    shared = await slot.current();
  }
  shared.lent = true;
  const { firefox } = shared.session;
  if (options.acceptInsecureCerts) {
    shared.undo.trusted = true;
    await trustAnyCertificate(firefox.browser, true);
  }
  if (options.prefs) {
    shared.undo.prefs = await setPrefs(firefox.browser, options.prefs);
    // A running background counts its idle time by the prefs it started under.
    await restart(shared.session);
  }
  return harnessOn(shared.session, async () => {
    try {
      await reset(shared);
      shared.lent = false;
    } catch (error) {
      await closeShared(error);
    }
  });
}
