import { defineConfig } from 'vitest/config';

// The end-to-end suite drives real Chromium with the built extension. Most of a browser test's time is waiting
// (for a dwell, a message, a paint), so two files run at once, each in its own browser; the tests that depend on
// timing leave wide margins for a busy machine (see tests/e2e/support/settings-pages.ts). Not three: beside the
// other tiers the machine is already busy throughout, and a third browser made the whole run longer (298 s against
// 269 s on the 2-core machine).
export default defineConfig({
  test: {
    // Node's, plus closing the worker's shared browser when the worker ends (tests/e2e/support/shared-browser.ts:
    // one Chromium per worker, lent to one file at a time and reset between them).
    environment: './tests/e2e/support/browser-environment.ts',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    // A worker keeps the modules it loaded (playwright-core, axe, the probes) and its browser from one file to the
    // next instead of starting them again for each file: no e2e module keeps state of its own, and the browser is
    // reset between files.
    isolate: false,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
