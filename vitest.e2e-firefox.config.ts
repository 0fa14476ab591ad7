import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite, run after the Chromium one and apart from it:
// one file at a time keeps two cores from being shared by two browsers.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
