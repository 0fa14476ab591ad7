import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncWriter, paused } from '../../../lib/settings/store';
import { SYNC_RETRY_MS, SYNC_WRITE_GAP_MS, syncWriter } from '../../../lib/settings/sync-writer';

const fakeTimers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

describe('writes to storage.sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('go at once for one change, and values set in the same task share one write', async () => {
    const write = vi.fn(async (_: Record<string, unknown>) => undefined);
    const writer = syncWriter({ write, timers: fakeTimers, onError: vi.fn() });
    writer.set('sync:paused', true);
    writer.set('sync:dwellMs', 600);
    await vi.advanceTimersByTimeAsync(0);
    expect(write.mock.calls).toEqual([[{ 'sync:paused': true, 'sync:dwellMs': 600 }]]);
  });

  it('stay inside the per-minute and per-hour limits however fast the reader toggles, and end on the last value', async () => {
    const write = vi.fn(async (_: Record<string, unknown>) => undefined);
    const writer = syncWriter({ write, timers: fakeTimers, onError: vi.fn() });
    // A toggle every 50 ms for an hour: 72,000 changes.
    for (let i = 0; i < 72_000; i++) {
      writer.set('sync:paused', i % 2 === 0);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(SYNC_WRITE_GAP_MS);
    expect(write.mock.calls.length).toBeLessThanOrEqual(1800);
    expect(write.mock.calls.length).toBeGreaterThan(1000);
    expect(write.mock.calls.at(-1)?.[0]).toEqual({ 'sync:paused': false });
    expect(writer.isPending('sync:paused')).toBe(false);
  });

  it('never write twice within the gap', async () => {
    const stamps: number[] = [];
    const writer = syncWriter({
      write: async () => void stamps.push(Date.now()),
      timers: fakeTimers,
      onError: vi.fn(),
    });
    for (let i = 0; i < 500; i++) {
      writer.set('sync:highlightStyle', i % 2 ? 'tint' : 'underline');
      await vi.advanceTimersByTimeAsync(7);
    }
    await vi.advanceTimersByTimeAsync(SYNC_WRITE_GAP_MS);
    const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SYNC_WRITE_GAP_MS);
    expect(stamps.filter((t) => t - (stamps[0] as number) < 60_000).length).toBeLessThanOrEqual(120);
  });

  it('report a refused write instead of throwing, keep the value and try again later', async () => {
    const onError = vi.fn();
    const write = vi
      .fn(async (_: Record<string, unknown>) => undefined)
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const writer = syncWriter({ write, timers: fakeTimers, onError });
    writer.set('sync:paused', true);
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/quota/) }));
    expect(writer.isPending('sync:paused')).toBe(true);
    await vi.advanceTimersByTimeAsync(SYNC_RETRY_MS - 100);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]?.[0]).toEqual({ 'sync:paused': true });
  });

  it('reach the storage items through WXT, one storage call for several keys', async () => {
    vi.useRealTimers();
    fakeBrowser.reset();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const writer = createSyncWriter(vi.fn());
    writer.set('sync:paused', true);
    writer.set('sync:dwellMs', 700);
    await writer.flush();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await paused.getValue()).toBe(true);
    expect(await fakeBrowser.storage.sync.get('dwellMs')).toEqual({ dwellMs: 700 });
  });
});
