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
// Each browser's end-to-end suite, in the order they run: where its browser is looked for, and how to install one.
const END_TO_END = [
  {
    name: 'e2e',
    config: 'vitest.e2e.config.ts',
    browser: 'Chromium',
    env: 'CHROME_PATH',
    paths: CHROMIUM_PATHS,
    apt: 'chromium',
  },
  {
    name: 'e2e-firefox',
    config: 'vitest.e2e-firefox.config.ts',
    browser: 'Firefox',
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
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

/** The browser named in the suite's environment variable, else the first of its paths that exists. */
function findBrowser({ env, paths }) {
  if (process.env[env]) return existsSync(process.env[env]) ? process.env[env] : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

/** One browser's suite: run when its browser is here, else skipped, or a failure under CI. */
function endToEnd(suite, built) {
  if (!findBrowser(suite)) {
    console.log(
      `\nNo ${suite.browser} found. Install one (Debian: \`sudo apt-get install -y ${suite.apt}\`) or set ${suite.env}.`,
    );
    if (process.env.CI === 'true') record(`${suite.name} tests need ${suite.browser}`, false);
    else {
      console.log(`Skipping the ${suite.browser} end-to-end tests (set CI=true to make this a failure).`);
      tally.skipped++;
    }
  } else if (built) {
    vitest(suite.name, suite.config);
  }
}

// The knowledge pack is generated, not committed; unit tests and the build read it.
check('knowledge pack', 'npm', ['run', '-s', 'pack']);
check('type check', 'npx', ['tsc', '--noEmit']);
check('lint and format', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
vitest('unit');

if (!onlyUnit) {
  const built = check('build (Chrome and Firefox)', 'npm', ['run', '-s', 'build']);
  if (built) {
    webExtLint();
    // The manifests as built, against the security snapshot: WXT adds entries the configuration does not show.
    vitest('build-output', 'vitest.build.config.ts');
  }
  for (const suite of END_TO_END) endToEnd(suite, built);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nnpm test took ${seconds} s.`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed > 0 ? 1 : 0);
