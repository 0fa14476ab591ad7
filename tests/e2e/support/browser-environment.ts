/**
 * The browser suites' test environment: Node's, plus closing the worker's shared browser (shared-browser.ts, and
 * Firefox's in tests/e2e-firefox/support/shared-firefox.ts) when the worker stops. Vitest sets an environment up once per worker when files do not run isolated, and tears
 * it down after the worker's last file, before it ends the worker.
 */
import type { Environment } from 'vitest/environments';

/** The keys the shared browsers are kept under; this module is loaded apart from the test files. */
const KEYS = [Symbol.for('backstory.e2e.sharedBrowser'), Symbol.for('backstory.e2e.sharedFirefox')];

export default {
  name: 'shared-browser',
  viteEnvironment: 'ssr',
  setup() {
    return {
      async teardown() {
        const slot = globalThis as unknown as Record<symbol, Promise<{ browser: { close(): Promise<void> } }>>;
        for (const key of KEYS) {
          const shared = await slot[key]?.catch(() => undefined);
          delete slot[key];
          await shared?.browser.close();
        }
      },
    };
  },
} satisfies Environment;
