// A vitest reporter for `npm test`: one line per test file as it finishes, so a run of several minutes shows
// signs of life. The runner picks these lines out of vitest's output by their marker and prints them.
import { relative } from 'node:path';

export const MARK = '::progress::';

export default class ProgressReporter {
  onTestModuleEnd(module) {
    let passed = 0;
    let failed = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failed++;
    }
    const seconds = (module.diagnostic().duration / 1000).toFixed(1);
    const mark = module.state() === 'failed' ? 'FAIL' : 'ok  ';
    const counts = failed > 0 ? `${passed} passed, ${failed} failed` : `${passed} passed`;
    process.stdout.write(`${MARK}${mark} ${relative(process.cwd(), module.moduleId)} (${counts}, ${seconds} s)\n`);
  }
}
