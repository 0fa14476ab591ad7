// Runs every check `npm test` promises, in order, and ends with one line
// "N passed, N failed" that counts each test and each check. CI reads that line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const RESULTS = '.output/test-results';
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const onlyUnit = process.argv.includes('--unit');
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const started = Date.now();

mkdirSync(RESULTS, { recursive: true });

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** A check that passes or fails as a whole, counted as one test. */
function check(name, command, args) {
  const { ok } = run(command, args);
  record(name, ok);
  return ok;
}

function record(name, ok) {
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(name);
  }
}

/** A vitest run, counted test by test from its JSON report. */
function vitest(name, config) {
  const output = `${RESULTS}/${name}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${output}`];
  if (config) args.push('--config', config);
  const { ok } = run('npx', args);
  if (!existsSync(output)) return record(`${name} (no report)`, false);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failed`);
  // A file that fails to load has no failed tests but fails the run.
  if (!ok && report.numFailedTests === 0) record(`${name} (suite error)`, false);
}

function webExtLint() {
  const { stdout } = run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    capture: true,
  });
  let summary;
  try {
    summary = JSON.parse(stdout).summary;
  } catch {
    return record('web-ext lint (no report)', false);
  }
  console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
  record('web-ext lint', summary.errors === 0);
}

function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CHROMIUM_PATHS.find((path) => existsSync(path)) ?? null;
}

// The knowledge pack is generated, not committed; unit tests and the build read it.
check('knowledge pack', 'npm', ['run', '-s', 'pack']);
check('type check', 'npx', ['tsc', '--noEmit']);
check('lint and format', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
vitest('unit');

if (!onlyUnit) {
  const built = check('build (Chrome and Firefox)', 'npm', ['run', '-s', 'build']);
  if (built) webExtLint();
  if (!findChromium()) {
    console.log('\nNo Chromium found. Install one (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH.');
    if (process.env.CI === 'true') record('end-to-end tests need Chromium', false);
    else {
      console.log('Skipping the end-to-end tests (set CI=true to make this a failure).');
      tally.skipped++;
    }
  } else if (built) {
    vitest('e2e', 'vitest.e2e.config.ts');
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nnpm test took ${seconds} s.`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed > 0 ? 1 : 0);
