import { defineConfig } from 'vitest/config';

// Checks of the build output in .output/, run after `npm run build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
  },
});
