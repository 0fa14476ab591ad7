/**
 * Coalesces writes to storage.sync. The browser allows 120 writes a minute
 * and 1,800 an hour there, and a reader flicking a switch can beat both: each
 * key keeps only its latest value, the first write goes at once, and the
 * next waits until the gap since the last one has passed, so one page makes
 * at most one write every SYNC_WRITE_GAP_MS whatever the reader does.
 */

/** One write per 2.5 s is 24 a minute and 1,440 an hour: inside both limits, with room to spare. */
export const SYNC_WRITE_GAP_MS = 2500;
/** After a refused write (a quota), the values wait this long before they are tried again. */
export const SYNC_RETRY_MS = 60_000;

export interface WriterTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

export interface SyncWriterDeps {
  /** Writes all the values in one storage call: one write operation however many keys. */
  write(values: Record<string, unknown>): Promise<void>;
  timers: WriterTimers;
  /** A refused write is reported here, never thrown: the values are kept and tried again. */
  onError(error: unknown): void;
}

export interface SyncWriter {
  set(key: string, value: unknown): void;
  /** Whether a value for the key is still waiting to be written. */
  isPending(key: string): boolean;
  /** Writes what waits now, gap or not: for a page about to close. */
  flush(): Promise<void>;
}

export function syncWriter({ write, timers, onError }: SyncWriterDeps): SyncWriter {
  let pending = new Map<string, unknown>();
  let timer: unknown = null;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let retryAt = Number.NEGATIVE_INFINITY;

  const flush = async (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    lastWrite = timers.now();
    try {
      await write(Object.fromEntries(batch));
    } catch (error) {
      // Values set meanwhile are newer than the failed ones and win.
      for (const [key, value] of batch) if (!pending.has(key)) pending.set(key, value);
      retryAt = timers.now() + SYNC_RETRY_MS;
      onError(error);
      schedule();
    }
  };

  const schedule = () => {
    if (timer !== null || pending.size === 0) return;
    const at = Math.max(lastWrite + SYNC_WRITE_GAP_MS, retryAt);
    // Zero still goes through a timer, so that values set in the same task share one write.
    timer = timers.setTimeout(() => void flush(), Math.max(0, at - timers.now()));
  };

  return {
    set(key, value) {
      pending.set(key, value);
      schedule();
    },
    isPending: (key) => pending.has(key),
    flush,
  };
}
