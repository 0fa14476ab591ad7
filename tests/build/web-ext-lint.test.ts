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

it('web-ext lint finds no error and no warning in the Firefox build', { timeout: 120_000 }, () => {
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
