/**
 * addons.mozilla.org runs the same linter on upload: the Firefox build must pass it with no error and no warning
 * (Preact's one HTML sink, its only warning, is taken out at build time by scripts/vite/no-preact-html-sink.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * A hang guard, never a measure of speed: the lint runs beside the browser tests in `npm test`, and took 122 s of
 * its 20 on a shared two-core machine (a synchronous run, so a shorter limit only turned a slow pass into a failure).
 */
const HANG_GUARD_MS = 300_000;

it('web-ext lint finds no error and no warning in the Firefox build', { timeout: HANG_GUARD_MS }, () => {
  if (!existsSync('.output/firefox-mv3/manifest.json')) throw new Error('run npm run build first');
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    summary: Record<string, number>;
    errors: LintMessage[];
    warnings: LintMessage[];
  };
  const describe = (m: LintMessage) => `${m.code} in ${m.file ?? 'the package'}: ${m.message}`;
  expect([...report.errors, ...report.warnings].map(describe)).toEqual([]);
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
});
