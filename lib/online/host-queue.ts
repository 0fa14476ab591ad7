/**
 * One request in flight per host, as Wikimedia's API etiquette asks. Requests
 * to a host run in the order they were asked for; one whose tab has closed
 * gives up its place at once (its caller hears "aborted" immediately), while
 * the requests behind it still wait for the one actually running.
 */

export class AbortedError extends Error {
  constructor() {
    super('the lookup was cancelled');
    this.name = 'AbortedError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}

/** Resolves with the promise, or rejects with AbortedError as soon as the signal aborts. */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs task when every earlier task for this host has finished. */
  async run<T>(host: string, signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The next task waits for the previous one as well as this one, so a task that
    // gave up early never lets two requests run side by side.
    const tail = previous.then(() => mine);
    this.tails.set(host, tail);
    try {
      await unlessAborted(previous, signal);
      return await task();
    } finally {
      release();
      void tail.then(() => {
        if (this.tails.get(host) === tail) this.tails.delete(host);
      });
    }
  }
}
