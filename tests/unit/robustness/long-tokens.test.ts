/**
 * A single 1 MB "word" must be read whatever it is made of: each case is a past regression in which the tokenizer
 * retried a pattern at every character of a run, so a 1 MB run cost over ten minutes. Detection is synchronous, so
 * it runs in a child process that a hang cannot take the test worker with: the child is stopped only by the test's
 * hang guard, which judges nothing about speed (`npm run bench` times these words). What is checked is the result:
 * the child finished, found the name beside the word, and every candidate's offsets are exact.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** Far beyond a healthy run on a loaded machine (about a second, start-up included); the regressions took minutes. */
const HANG_GUARD_MS = 120_000;
const DETECT = pathToFileURL(resolve(process.cwd(), 'lib/detect/detect-mentions.ts')).href;
const MB = 2 ** 20;

const CASES = {
  'of letters and digits': ['ab1', MB / 3, ''],
  // The tokenizer once retried a web-address pattern at every hyphen or digit of a run, scanning to the end each time.
  'of hyphens': ['-', MB, ''],
  // The number pattern once backtracked through the whole run at every digit when a letter followed.
  'of digits ending in a letter': ['1', MB, 'a'],
} as const;

type Case = keyof typeof CASES;
/** Each candidate as [form, whether text.slice(start, end) is the form]. */
type Found = Record<Case, [string, boolean][]>;

/** Detects the mentions in `Officials in Astana read <word> aloud.` for every case, in one child process. */
function detectInChild(): Promise<Found> {
  const code = `
    import { detectMentions } from ${JSON.stringify(DETECT)};
    const cases = ${JSON.stringify(CASES)};
    const found = {};
    for (const [name, [unit, times, tail]] of Object.entries(cases)) {
      const text = 'Officials in Astana read ' + unit.repeat(times) + tail + ' aloud.';
      found[name] = detectMentions(text).map((c) => [c.form.slice(0, 20), text.slice(c.start, c.end) === c.form]);
    }
    process.stdout.write(JSON.stringify(found));`;
  const args = ['--import', 'tsx', '--input-type=module', '-e', code];
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      args,
      { timeout: HANG_GUARD_MS, killSignal: 'SIGKILL', maxBuffer: 64 * MB },
      (error, out) => (error ? fail(error) : done(JSON.parse(out))),
    );
  });
}

let found: Found;

beforeAll(async () => {
  found = await detectInChild();
}, HANG_GUARD_MS + 10_000);

describe('a single 1 MB word', () => {
  it.each(Object.keys(CASES) as Case[])('%s', (name) => {
    const candidates = found[name];
    expect(candidates.map(([form]) => form)).toContain('Astana');
    for (const [form, exact] of candidates) expect(exact, form).toBe(true);
  });
});
