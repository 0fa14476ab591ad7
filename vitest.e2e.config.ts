import { defineConfig } from 'vitest/config';

// The end-to-end suite drives real browsers; one file at a time keeps two
// cores from being shared by two Chromium instances.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
