import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pure logic runs in Node, all files in one shared module graph: setting up happy-dom and reloading
// every module per file was most of the unit tier's time. The page, the article reader and the
// robustness suites keep a happy-dom window of their own per file, in a VM context each, since those
// tests leave observers and timers on the window they were given. The views (.tsx) leave nothing but
// what Testing Library's cleanup removes after each test, so each worker's view files share one window
// and module graph (set up per file, they cost 28 s of CPU against 10). A logic file that needs a
// document asks for one with a `// @vitest-environment happy-dom` docblock.
const LOGIC = [
  'tests/unit/*.test.ts',
  'tests/unit/{background,detect,entities,glossary,highlight,names,online,online-wiring,popup,reference,scripts,settings,store}/**/*.test.ts',
];

// A generous hang guard, never a measure of speed: CI shares two cores with whatever else runs.
const HANG_GUARD_MS = 240_000;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    restoreMocks: true,
    // Both cores: the unit tests are work for the CPU, not waiting.
    maxWorkers: 2,
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    projects: [
      {
        extends: true,
        test: { name: 'logic', environment: 'node', include: LOGIC, isolate: false, pool: 'threads' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.ts'],
          exclude: LOGIC,
          // Each file still gets a window and modules of its own, in a VM context of a worker that keeps
          // happy-dom loaded: starting a thread and loading happy-dom for every file cost about 1 s of CPU a file.
          pool: 'vmThreads',
        },
      },
      {
        extends: true,
        test: {
          name: 'views',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.tsx'],
          exclude: LOGIC,
          // Testing Library's CommonJS dependencies do not load in a VM context.
          pool: 'threads',
          isolate: false,
          setupFiles: ['tests/unit/views-setup.ts'],
          // Testing Library registers its own cleanup when it finds a global afterEach, once per module graph;
          // the setup file registers it for every file.
          globals: true,
        },
      },
    ],
  },
});
