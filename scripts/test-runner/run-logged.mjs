// Runs one tier of `npm test` with its output in a log file, printing a line as it starts and ends and relaying
// the per-file progress lines of a vitest run, so that tiers can run side by side without mixing their output.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { MARK } from './progress-reporter.mjs';

export const RESULTS = '.output/test-results';
/** Lines of a failed tier's log printed at the end when its failure report cannot be found in it. */
const LOG_TAIL = 120;

export const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
export const logPath = (name) => `${RESULTS}/${name.replace(/[^a-z0-9-]+/gi, '-')}.log`;

/** Resolves with whether the command succeeded, its standard output and how long it took. */
export function runLogged(name, command, args) {
  const since = Date.now();
  console.log(`▶ ${name}`);
  const log = createWriteStream(logPath(name));
  log.write(`$ ${command} ${args.join(' ')}\n`);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let pending = '';
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    stdout += text;
    log.write(text);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith(MARK)) console.log(`  ${name}: ${line.slice(MARK.length)}`);
  });
  child.stderr.on('data', (chunk) => log.write(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      log.end();
      const ok = code === 0;
      const took = seconds(since);
      console.log(`${ok ? '✓' : '✗'} ${name} (${took} s)`);
      resolve({ ok, stdout, seconds: took });
    });
  });
}

/** The part of a failed tier's log that says what failed. */
export function failureReport(name) {
  const lines = readFileSync(logPath(name), 'utf8').split('\n');
  const first = lines.findIndex((line) => /Failed (Tests|Suites) \d+|^\s*(FAIL|×) /.test(line));
  return (first >= 0 ? lines.slice(first) : lines.slice(-LOG_TAIL)).join('\n');
}
