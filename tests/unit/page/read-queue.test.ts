import { describe, expect, it } from 'vitest';
import { PART_READ_GAP_MS, ReadQueue, type Work } from '../../../lib/page/read-queue';

/** A queue on a clock the test moves; each read takes 10 ms, each sleep just moves the clock. */
function pacedQueue() {
  const clock = { now: 1000 };
  const reads: { at: number; work: string }[] = [];
  const sleeps: number[] = [];
  const describeWork = (w: Work) => (w.full ? 'full' : [...w.regions].map((r) => r.id).join('+'));
  const queue = new ReadQueue(
    async (work) => {
      reads.push({ at: clock.now, work: describeWork(work) });
      await Promise.resolve();
      clock.now += 10;
    },
    () => true,
    {
      now: () => clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
        await Promise.resolve();
        clock.now += ms;
      },
    },
  );
  return { clock, reads, sleeps, queue };
}

const block = (id: string) => Object.assign(document.createElement('p'), { id });

describe('ReadQueue', () => {
  it('keeps a gap between reads of blocks, and reads together what changed during it', async () => {
    const { reads, sleeps, queue } = pacedQueue();
    await queue.request({ full: false, regions: new Set([block('a')]) });
    const next = queue.request({ full: false, regions: new Set([block('b')]) });
    void queue.request({ full: false, regions: new Set([block('c')]) });
    await next;
    expect(sleeps).toEqual([PART_READ_GAP_MS]);
    expect(reads).toEqual([
      { at: 1000, work: 'a' },
      { at: 1010 + PART_READ_GAP_MS, work: 'b+c' },
    ]);
  });

  it('reads blocks at once when the last read of blocks was long enough ago', async () => {
    const { clock, sleeps, queue } = pacedQueue();
    await queue.request({ full: false, regions: new Set([block('a')]) });
    clock.now += PART_READ_GAP_MS;
    await queue.request({ full: false, regions: new Set([block('b')]) });
    expect(sleeps).toEqual([]);
  });

  it('never makes a whole read wait', async () => {
    const { reads, sleeps, queue } = pacedQueue();
    await queue.request({ full: false, regions: new Set([block('a')]) });
    await queue.request({ full: true, fresh: false });
    expect(sleeps).toEqual([]);
    expect(reads.map((r) => r.work)).toEqual(['a', 'full']);
  });
});
