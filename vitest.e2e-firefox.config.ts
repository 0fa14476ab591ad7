import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite, run beside the Chromium one: one file at a time, so that the two suites
// together keep to about one browser per core.
export default defineConfig({
  test: {
    // Node's, plus closing the shared Firefox when the worker ends (tests/e2e-firefox/support/shared-firefox.ts: one
    // Firefox lent to every file in turn, with the prefs a file asks for, reset between them).
    environment: './tests/e2e/support/browser-environment.ts',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    // One worker keeps the modules it loaded (puppeteer-core, the probes) and the shared Firefox from one file to the
    // next: no e2e module keeps state of its own, and the shared browser is reset between files.
    isolate: false,
    // A poll reads the page through DevTools or BiDi, which costs the browser CPU each time; the tests wait for what
    // a reader would see, for which 100 ms is fine grain, and half the reads of the default 50 ms.
    expect: { poll: { interval: 100 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
