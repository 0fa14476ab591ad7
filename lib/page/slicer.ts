/**
 * Cuts the content script's reads into slices. A task that holds the main
 * thread for 50 ms or more is a long task: input and painting wait behind it.
 * The reads (finding the article, walking its text, making the ranges) run as
 * steps, and the slicer reads the clock at each step; past its budget it
 * gives the main thread back and goes on in a later task. Detection is one
 * call that cannot be cut, so it gets a slice of its own.
 */
import { runSteps, type Steps } from '../steps';
import type { Scheduler } from './scheduler';

/**
 * A slice leaves the page most of a frame: its own scripts, input and
 * painting. Short enough that a step running past it stays far from 50 ms.
 */
export const SLICE_BUDGET_MS = 10;

export interface SlicerDeps {
  now(): number;
  /** Resolves in a later task, after the page had its turn. */
  yieldToPage(): Promise<void>;
  /** Ends the read: once it has, the next pause rejects with its reason instead of going on. */
  signal: AbortSignal;
}

/** What a read does through its slicer; noSlicing does the same at once. */
export interface Slices {
  /** Runs steps to their end, pausing whenever a slice has used its budget. */
  run<T>(steps: Steps<T>): Promise<T>;
  /**
   * Runs work that cannot be cut (detection) at the start of a new slice, so
   * the steps before it do not add to its task; the steps after it check the
   * clock as they go.
   */
  whole<T>(work: () => T): Promise<T>;
  /** Waits for something outside the page (the background's answer), then goes on with a new slice. */
  wait<T>(outside: Promise<T>): Promise<T>;
}

export function createSlicer({ now, yieldToPage, signal }: SlicerDeps): Slices {
  let sliceStart = now();
  const begin = () => {
    signal.throwIfAborted();
    sliceStart = now();
  };
  const used = () => now() - sliceStart;
  // Gives the main thread back, then starts a new slice; rejects if the read ended meanwhile.
  const pause = async () => {
    signal.throwIfAborted();
    await yieldToPage();
    begin();
  };
  return {
    async run(steps) {
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        if (used() >= SLICE_BUDGET_MS) await pause();
      }
    },
    async whole(work) {
      await pause();
      return work();
    },
    async wait(outside) {
      const value = await outside;
      begin();
      return value;
    },
  };
}

/** Runs everything at once: for tools and tests, which have no page to keep responsive. */
export const noSlicing: Slices = {
  run: async (steps) => runSteps(steps),
  whole: async (work) => work(),
  wait: (outside) => outside,
};

/** Whether an error is a read cut short because it ended: the page moved on, or the site was switched off. */
export function isAbort(error: unknown): boolean {
  return (error as Error | null)?.name === 'AbortError';
}

type YieldingWindow = Window & { scheduler?: { yield?: () => Promise<void> } };

/**
 * scheduler.yield() resumes ahead of other queued tasks, so a read is not
 * starved on a busy page, and it is not throttled in a hidden tab. Where it is
 * missing (older Firefox releases) a zero timeout through the session's
 * scheduler takes its place; that never fires once the content script is
 * invalidated, which ends a read an extension update orphaned.
 */
export function yieldToPage(win: Window, scheduler: Pick<Scheduler, 'setTimeout'>): () => Promise<void> {
  const native = (win as YieldingWindow).scheduler;
  if (typeof native?.yield === 'function') return () => (native.yield as () => Promise<void>).call(native);
  return () => new Promise<void>((resolve) => scheduler.setTimeout(resolve, 0));
}

/** A slicer for one read of the page, on the window's clock. */
export function pageSlicer(win: Window, scheduler: Pick<Scheduler, 'setTimeout'>, signal: AbortSignal): Slices {
  return createSlicer({ now: () => win.performance.now(), yieldToPage: yieldToPage(win, scheduler), signal });
}
