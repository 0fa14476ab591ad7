/**
 * The Chromium suite's test environment: Node's, plus closing the worker's shared browser (shared-browser.ts)
 * when the worker stops. Vitest sets an environment up once per worker when files do not run isolated, and tears
 * it down after the worker's last file, before it ends the worker.
 */
import type { Environment } from 'vitest/environments';

/** The same key shared-browser.ts keeps the browser under; this module is loaded apart from the test files. */
const KEY = Symbol.for('backstory.e2e.sharedBrowser');

export default {
  name: 'shared-browser',
  viteEnvironment: 'ssr',
  setup() {
    return {
      async teardown() {
        const slot = globalThis as unknown as Record<symbol, Promise<{ browser: { close(): Promise<void> } }>>;
        const shared = await slot[KEY]?.catch(() => undefined);
        delete slot[KEY];
        await shared?.browser.close();
      },
    };
  },
} satisfies Environment;
