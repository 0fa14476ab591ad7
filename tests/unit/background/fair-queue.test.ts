import { describe, expect, it } from 'vitest';
import { fairQueue } from '../../../lib/background/fair-queue';
import type { Steps } from '../../../lib/steps';

/** Steps that log each one they take under a name, and end with the name. */
function* logged(name: string, count: number, log: string[]): Steps<string> {
  for (let i = 0; i < count; i++) {
    log.push(name);
    yield;
  }
  log.push(`${name} done`);
  return name;
}

/** A pause the test releases by hand, one at a time, and counts. */
function manualPauses() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    /** Releases pauses until none is left, letting promise callbacks run between them. */
    async drain() {
      let released = 0;
      for (;;) {
        await Promise.resolve();
        const next = waiting.shift();
        if (!next) return released;
        next();
        released++;
      }
    },
  };
}

describe('fairQueue', () => {
  it('gives a tab that asks late its turn after one step of a tab that asked for a lot', async () => {
    const log: string[] = [];
    const pauses = manualPauses();
    const queue = fairQueue(pauses.pause);
    const hostile = queue.run(1, logged('hostile', 1_000, log));
    const ordinary = queue.run(2, logged('ordinary', 1, log));
    await pauses.drain();
    expect(await ordinary).toBe('ordinary');
    expect(await hostile).toBe('hostile');
    // The hostile page's first step ran at once, and its second was already in line when the article came.
    expect(log.slice(0, 5)).toEqual(['hostile', 'hostile', 'ordinary', 'hostile', 'ordinary done']);
    expect(log.filter((entry) => entry === 'hostile')).toHaveLength(1_000);
  });

  it('runs one tab’s requests in the order they came, and the tabs in turns', async () => {
    const log: string[] = [];
    const pauses = manualPauses();
    const queue = fairQueue(pauses.pause);
    const all = Promise.all([
      queue.run(1, logged('a1', 2, log)),
      queue.run(1, logged('a2', 1, log)),
      queue.run(2, logged('b1', 2, log)),
    ]);
    await pauses.drain();
    expect(await all).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual(['a1', 'a1', 'b1', 'a1 done', 'b1', 'a2', 'b1 done', 'a2 done']);
  });

  it('gives the thread back between steps, and not more often', async () => {
    const pauses = manualPauses();
    const queue = fairQueue(pauses.pause);
    const done = queue.run(1, logged('a', 4, []));
    expect(await pauses.drain()).toBe(5);
    await done;
  });

  it('rejects a request whose step throws, and goes on with the others', async () => {
    const pauses = manualPauses();
    const queue = fairQueue(pauses.pause);
    function* failing(): Steps<never> {
      yield;
      throw new Error('bad input');
    }
    const failed = queue.run(1, failing()).catch((error: Error) => error.message);
    const fine = queue.run(1, logged('next', 1, []));
    await pauses.drain();
    expect(await failed).toBe('bad input');
    expect(await fine).toBe('next');
  });
});
