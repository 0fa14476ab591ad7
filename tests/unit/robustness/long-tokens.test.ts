/**
 * A single 1 MB "word" must be read in a moment, whatever it is made of. Detection is synchronous, so a test
 * timeout cannot stop it once it hangs: each case runs in a child process that is killed after a generous limit
 * (a linear reading of 1 MB takes well under a second here, child start-up included).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIMIT_MS = 4_000;
const DETECT = pathToFileURL(resolve(process.cwd(), 'lib/detect/detect-mentions.ts')).href;

interface Outcome {
  finished: boolean;
  /** Each candidate as [form, whether text.slice(start, end) is the form]. */
  candidates: [string, boolean][];
}

/** Detects the mentions in `Officials in Astana read <word> aloud.` in a child process. */
function detectInChild(unit: string, times: number, tail: string): Promise<Outcome> {
  const code = `
    import { detectMentions } from ${JSON.stringify(DETECT)};
    const text = 'Officials in Astana read ' + ${JSON.stringify(unit)}.repeat(${times}) + ${JSON.stringify(tail)} + ' aloud.';
    const found = detectMentions(text).map((c) => [c.form.slice(0, 20), text.slice(c.start, c.end) === c.form]);
    process.stdout.write(JSON.stringify(found));`;
  const args = ['--import', 'tsx', '--input-type=module', '-e', code];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: LIMIT_MS, killSignal: 'SIGKILL' }, (error, stdout) => {
      resolve(error ? { finished: false, candidates: [] } : { finished: true, candidates: JSON.parse(stdout) });
    });
  });
}

const MB = 2 ** 20;

function expectRead(outcome: Outcome): void {
  expect(outcome.finished).toBe(true);
  expect(outcome.candidates.map(([form]) => form)).toContain('Astana');
  for (const [form, exact] of outcome.candidates) expect(exact, form).toBe(true);
}

describe.concurrent('a single 1 MB word', { timeout: LIMIT_MS + 4_000 }, () => {
  it('of letters and digits', async () => {
    expectRead(await detectInChild('ab1', MB / 3, ''));
  });

  // Regression: the tokenizer once retried a web-address pattern at every hyphen or digit of a run, scanning to
  // the end each time, so a run of n such characters cost O(n²) (1 MB of hyphens: over ten minutes).
  it('of hyphens', async () => {
    expectRead(await detectInChild('-', MB, ''));
  });

  // Regression: the number pattern once backtracked through the whole run at every digit when a letter followed.
  it('of digits ending in a letter', async () => {
    expectRead(await detectInChild('1', MB, 'a'));
  });
});
