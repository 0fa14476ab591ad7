import { describe, expect, it, vi } from 'vitest';
import { createSlicer, noSlicing, SLICE_BUDGET_MS, yieldToPage } from '../../../lib/page/slicer';
import type { Steps } from '../../../lib/steps';

/** A slicer on a clock the test moves: each step of work advances it by what the step "costs". */
function fakeSlicer() {
  const clock = { now: 0 };
  const pauses: number[] = [];
  const controller = new AbortController();
  const slicer = createSlicer({
    now: () => clock.now,
    yieldToPage: async () => {
      pauses.push(clock.now);
      clock.now += 5; // the page's own work between our slices
    },
    signal: controller.signal,
  });
  return { clock, pauses, controller, slicer };
}

function* work(clock: { now: number }, steps: number, msEach: number, done: number[] = []): Steps<string> {
  for (let i = 0; i < steps; i++) {
    clock.now += msEach;
    done.push(i);
    yield;
  }
  return 'read';
}

describe('createSlicer', () => {
  it('runs steps to their end, pausing only once a slice has used its budget', async () => {
    const { clock, pauses, slicer } = fakeSlicer();
    expect(await slicer.run(work(clock, 12, 3))).toBe('read');
    // 3 ms a step: a slice takes four steps (12 ms) before it gives the main thread back.
    expect(pauses).toEqual([12, 29, 46]);
  });

  it('never pauses work that fits in one slice', async () => {
    const { clock, pauses, slicer } = fakeSlicer();
    await slicer.run(work(clock, 4, 2));
    expect(pauses).toEqual([]);
  });

  it('gives work that cannot be cut a slice of its own start', async () => {
    const { clock, pauses, slicer } = fakeSlicer();
    await slicer.run(work(clock, 2, 2));
    const result = await slicer.whole(() => {
      clock.now += 30;
      return 42;
    });
    expect(result).toBe(42);
    expect(pauses).toEqual([4]);
    // What comes after it gives the main thread back at its first step.
    await slicer.run(work(clock, 2, 1));
    expect(pauses).toEqual([4, 40]);
  });

  it('starts a new slice after waiting for the background', async () => {
    const { clock, pauses, slicer } = fakeSlicer();
    clock.now = 100;
    expect(await slicer.wait(Promise.resolve('answer'))).toBe('answer');
    await slicer.run(work(clock, 3, 3));
    expect(pauses).toEqual([]);
  });

  it('stops at the next pause once the read has ended, and reads no further', async () => {
    const { clock, controller, slicer } = fakeSlicer();
    const done: number[] = [];
    const steps = work(clock, 20, 4, done);
    const first = slicer.run(steps);
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(done).toEqual([0, 1, 2]);
    await expect(slicer.wait(Promise.resolve(1))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('is not needed by tools: noSlicing runs everything at once', async () => {
    const clock = { now: 0 };
    expect(await noSlicing.run(work(clock, 50, 10))).toBe('read');
    expect(await noSlicing.whole(() => 7)).toBe(7);
  });
});

describe('yieldToPage', () => {
  it('uses scheduler.yield where the browser has it, called on the scheduler', async () => {
    const scheduler = {
      yield: vi.fn(function (this: unknown) {
        expect(this).toBe(scheduler);
        return Promise.resolve();
      }),
    };
    const timers = { setTimeout: vi.fn(() => 1) };
    await yieldToPage({ scheduler } as unknown as Window, timers)();
    expect(scheduler.yield).toHaveBeenCalledOnce();
    expect(timers.setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a zero timeout on the session timers (Firefox without scheduler.yield)', async () => {
    const timers = { setTimeout: vi.fn((fn: () => void) => (setTimeout(fn, 0) as unknown as number) || 1) };
    await yieldToPage({} as Window, timers)();
    expect(timers.setTimeout).toHaveBeenCalledWith(expect.any(Function), 0);
  });

  it('keeps the slice budget well under a long task', () => {
    expect(SLICE_BUDGET_MS).toBeLessThanOrEqual(50 / 4);
  });
});
