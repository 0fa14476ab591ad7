import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pure logic runs in Node, all files in one shared module graph: setting up happy-dom and reloading
// every module per file was most of the unit tier's time. Anything that reads a document (the page,
// the views, the article reader, the robustness suites) keeps its own happy-dom window per file,
// since those tests leave observers and timers on the window they were given: the views (.tsx) in a
// thread each, the rest in a VM context each. A logic file that
// needs a document asks for one with a `// @vitest-environment happy-dom` docblock.
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
          // Testing Library's CommonJS dependencies do not load in a VM context, so the views keep a thread each.
          pool: 'threads',
          // Testing Library registers its own cleanup after each test when it finds a global afterEach; a
          // setup file importing it made every DOM file, views or not, pay for loading it.
          globals: true,
        },
      },
    ],
  },
});
