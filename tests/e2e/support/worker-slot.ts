/**
 * A browser kept for the whole of a test worker, on globalThis under a registered symbol, so that the suite's
 * environment (loaded apart from the test files, browser-environment.ts) finds it to close it.
 */
export interface WorkerSlot<T> {
  /** The kept value, made now if there is none; a making that failed is not kept, so the next call tries again. */
  current(): Promise<T>;
  /** Forgets the kept value and gives it back, for the caller to close. */
  take(): Promise<T | undefined>;
}

export function workerSlot<T>(key: symbol, make: () => Promise<T>): WorkerSlot<T> {
  const slot = globalThis as unknown as Record<symbol, Promise<T> | undefined>;
  return {
    async current() {
      slot[key] ??= make();
      try {
        return await slot[key];
      } catch (error) {
        slot[key] = undefined;
        throw error;
      }
    },
    take: async () => {
      const kept = slot[key];
      slot[key] = undefined;
      return kept?.catch(() => undefined);
    },
  };
}
