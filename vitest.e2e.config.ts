import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first, from a fresh clone's run: they hover every name or restart the
 * background many times. Without timings from an earlier run (a fresh clone has none), vitest starts the largest
 * files first, and a small slow file left to the end ran alone on one browser while the other had nothing to do.
 */
const SLOWEST = [
  'online-lookups',
  'card-lookup',
  'extension-pages',
  'extension',
  'settings-live',
  'stopped-background',
  'heavy-pages',
];

/**
 * The file whose last test reloads the extension, which never comes back in a browser started with
 * `--load-extension`: the reset after it fails, and the next file of its worker would get a new browser (about 5 s of
 * CPU). Started last, it has no next file.
 */
const LAST = 'dynamic-pages';

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      if (file.moduleId.endsWith(`/${LAST}.e2e.ts`)) return SLOWEST.length + 1;
      const at = SLOWEST.findIndex((name) => file.moduleId.endsWith(`/${name}.e2e.ts`));
      return at < 0 ? SLOWEST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowestFirst },
    // A worker keeps the modules it loaded (playwright-core, axe, the probes) and its browser from one file to the
    // next instead of starting them again for each file: no e2e module keeps state of its own, and the browser is
    // reset between files.
    isolate: false,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    // A poll reads the page through DevTools or BiDi, which costs the browser CPU each time; the tests wait for what
    // a reader would see, for which 100 ms is fine grain, and half the reads of the default 50 ms.
    expect: { poll: { interval: 100 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
