import { defineConfig } from 'vitest/config';

// The end-to-end suite drives real browsers, each file its own Chromium with its own profile and page server.
// Most of a browser test's time is waiting (for a dwell, a message, a paint), so two files run at once; the
// tests that depend on timing leave wide margins for a busy machine (see tests/e2e/support/settings-pages.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    // A worker keeps the modules it loaded (playwright-core, axe, the probes) from one file to the next instead of
    // loading them again for each file: no e2e module keeps state, and each file starts its own browser.
    isolate: false,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
