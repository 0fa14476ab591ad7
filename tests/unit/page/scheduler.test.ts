import { describe, expect, it, vi } from 'vitest';
import { boundScheduler, childController } from '../../../lib/page/scheduler';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('boundScheduler', () => {
  it('runs nothing once the content script is no longer valid, as WXT notices an update that way', async () => {
    const life = { isValid: true };
    const scheduler = boundScheduler(window, life);
    const fired = vi.fn();
    scheduler.setTimeout(fired, 5);
    const interval = scheduler.setInterval(fired, 5);
    scheduler.requestFrame(fired);
    life.isValid = false;
    await wait(40);
    scheduler.clearInterval(interval);
    expect(fired).not.toHaveBeenCalled();
  });

  it('runs callbacks while valid, and cancels them', async () => {
    const scheduler = boundScheduler(window, { isValid: true });
    const fired = vi.fn();
    const cancelled = vi.fn();
    scheduler.setTimeout(fired, 5);
    scheduler.requestFrame(fired);
    scheduler.clearTimeout(scheduler.setTimeout(cancelled, 5));
    scheduler.cancelFrame(scheduler.requestFrame(cancelled));
    await wait(40);
    expect(fired).toHaveBeenCalledTimes(2);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('childController', () => {
  it('ends with its parent, and leaves no listener on the parent once ended itself', () => {
    const parent = new AbortController();
    const add = vi.spyOn(parent.signal, 'addEventListener');
    const child = childController(parent.signal);
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function), expect.objectContaining({ signal: child.signal }));
    parent.abort();
    expect(child.signal.aborted).toBe(true);
  });
});
