import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite, run beside the Chromium one: one file at a time, so that the two suites
// together keep to about one browser per core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    // One worker keeps the modules it loaded (puppeteer-core, the probes) from one file to the next: no e2e module
    // keeps state, and each file starts its own browser.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
