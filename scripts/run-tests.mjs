// Runs every check `npm test` promises and ends with one line "N passed, N failed" that counts each test and
// each check; CI reads that line. Work that does not depend on each other runs side by side, since most of a
// browser test's time is spent waiting: the type check and the linter with the knowledge pack; once the pack is
// made, the unit tests and the builds; as soon as the builds are done, the checks of the build
// output and the Chromium and Firefox suites join them. Each tier prints a line as it starts and ends, each test
// file a line as it finishes, and each tier's time; a failed tier's log is printed at the end (all logs:
// .output/test-results).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { packIsCurrent } from './pack/pack-inputs.mjs';
import { failureReport, logPath, RESULTS, runLogged, seconds } from './test-runner/run-logged.mjs';

const PROGRESS = './scripts/test-runner/progress-reporter.mjs';
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
// Each browser's end-to-end suite: where its browser is looked for, and how to install one.
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
/** How much lower the tiers that are pure CPU work run than the builds and the browsers (see yielding). */
const NICENESS = 5;
const onlyUnit = process.argv.includes('--unit');
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const failedLogs = [];
const times = [];
const started = Date.now();

mkdirSync(RESULTS, { recursive: true });

/**
 * A command run at a lower priority where `nice` exists, so that the builds and browsers get most of the CPU when
 * both want it.
 */
function yielding(command, args) {
  return process.platform === 'win32' ? [command, args] : ['nice', ['-n', String(NICENESS), command, ...args]];
}

/** Runs a tier, keeping its time and, if it failed, its name for the report at the end. */
async function run(name, command, args) {
  const result = await runLogged(name, command, args);
  times.push([name, result.seconds]);
  if (!result.ok) failedLogs.push(name);
  return result;
}

function record(name, ok) {
  if (ok) tally.passed++;
  else {
    tally.failed++;
    failures.push(name);
  }
}

/** A check that passes or fails as a whole, counted as one test. */
async function check(name, command, args) {
  const { ok } = await run(name, command, args);
  record(name, ok);
  return ok;
}

/** A vitest run, counted test by test from its JSON report. */
async function vitest(name, config, { yielding: low = false } = {}) {
  const output = `${RESULTS}/${name}.json`;
  const args = ['vitest', 'run', '--reporter=default', `--reporter=${PROGRESS}`, '--reporter=json'];
  args.push(`--outputFile.json=${output}`);
  if (config) args.push('--config', config);
  const { ok } = await run(name, ...(low ? yielding('npx', args) : ['npx', args]));
  if (!existsSync(output)) return record(`${name} (no report)`, false);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  console.log(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failed`);
  // A file that fails to load has no failed tests but fails the run.
  if (!ok && report.numFailedTests === 0) record(`${name} (suite error)`, false);
}

/** The browser named in the suite's environment variable, else the first of its paths that exists. */
function findBrowser({ env, paths }) {
  if (process.env[env]) return existsSync(process.env[env]) ? process.env[env] : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

/** One browser's suite: run when its browser is here, else skipped, or a failure under CI. */
async function endToEnd(suite) {
  if (findBrowser(suite)) return vitest(suite.name, suite.config);
  console.log(
    `No ${suite.browser} found. Install one (Debian: \`sudo apt-get install -y ${suite.apt}\`) or set ${suite.env}.`,
  );
  if (process.env.CI === 'true') record(`${suite.name} tests need ${suite.browser}`, false);
  else {
    console.log(`Skipping the ${suite.browser} end-to-end tests (set CI=true to make this a failure).`);
    tally.skipped++;
  }
}

/**
 * The builds, and what checks them as soon as what it needs is built: the Chromium suite once the Chrome build is
 * done (it needs nothing else), while Firefox's builds; then the Firefox suite, and the checks of the build output
 * (tests/build: the manifests as built against the security snapshot, since WXT adds entries the configuration does
 * not show; the icons, the zips' file lists, and web-ext lint on the Firefox build), which read both builds.
 */
async function buildAndCheck() {
  // `npm run build` without its first step: the knowledge pack tier has just made the pack.
  if (!(await check('build (Chrome)', 'npx', ['wxt', 'build']))) return;
  const [chromium, firefox] = END_TO_END;
  const chromiumSuite = endToEnd(chromium);
  if (await check('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'])) {
    await Promise.all([vitest('build-output', 'vitest.build.config.ts'), endToEnd(firefox)]);
  }
  await chromiumSuite;
}

// The knowledge pack is generated, not committed; the unit tests and builds read it, so they wait for it. The type
// check and the linter read only the sources: they start at once and use the core the pack's build leaves idle.
// The builds and the browser suites after them are the longest path, and browser tests wait on timers that a busy
// CPU stretches; the type check, the linter and the unit tests only need CPU time, so they yield theirs.
// `npm install` has built the pack; it is built again only if a source of it changed since (scripts/pack/pack-inputs.mjs).
function packUpToDate() {
  console.log('knowledge pack: up to date with its sources (built by npm install), not built again');
  record('knowledge pack', true);
}
const packed = packIsCurrent()
  ? Promise.resolve(packUpToDate())
  : check('knowledge pack', 'npm', ['run', '-s', 'pack']);
await Promise.all([
  packed.then(() => Promise.all([onlyUnit ? null : buildAndCheck(), vitest('unit', undefined, { yielding: true })])),
  check('type check', ...yielding('npx', ['tsc', '--noEmit'])),
  check('lint and format', ...yielding('npx', ['biome', 'check', '--error-on-warnings', '.'])),
]);

for (const name of failedLogs) {
  console.log(`\n──── ${name}: what failed (whole log: ${logPath(name)}) ────`);
  console.log(failureReport(name));
}
console.log(`\nTime per tier (they overlap): ${times.map(([name, took]) => `${name} ${took} s`).join(', ')}`);
console.log(`npm test took ${seconds(started)} s.`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed > 0 ? 1 : 0);
