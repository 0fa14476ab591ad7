/**
 * Runs the session's reads one at a time. What asks to be read while a read
 * waits on the background is merged into the next one: a whole read takes in
 * any pending blocks, and blocks pile into one set. Reads of blocks keep a
 * gap between them, so a page that changes ten times a second is read twice
 * a second: each read redraws the highlights, and a redraw makes the browser
 * repaint every name on the page.
 */
import type { Scheduler } from './scheduler';
import { isAbort } from './slicer';

/** Least time from the end of one read of blocks to the start of the next. */
export const PART_READ_GAP_MS = 500;

export interface Pace {
  now(): number;
  /** Resolves after this long, or never once the content script is gone. */
  sleep(ms: number): Promise<void>;
}

/** The page's clock, and a sleep on the session's timers. */
export function timersPace(win: Window, timers: Pick<Scheduler, 'setTimeout'>): Pace {
  return {
    now: () => win.performance.now(),
    sleep: (ms) => new Promise((resolve) => timers.setTimeout(resolve, ms)),
  };
}

/** A whole read (fresh: after a navigation, so look again for a while) or a read of some blocks. */
export type Work = { full: true; fresh: boolean } | { full: false; regions: Set<Element> };

export class ReadQueue {
  private work: Work | null = null;
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private lastPartEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly read: (work: Work) => Promise<void>,
    /** False once the site is switched off: the queue stops after the read under way. */
    private readonly active: () => boolean,
    private readonly pace: Pace,
  ) {}

  /** Queues a read; the promise settles when the queue is empty again. */
  request(work: Work): Promise<void> {
    this.work = merge(this.work, work);
    if (!this.running) {
      this.running = true;
      this.done = this.drain();
    }
    return this.done;
  }

  clear(): void {
    this.work = null;
  }

  private async drain(): Promise<void> {
    while (this.work && this.active()) {
      // What else changes during the gap joins this read.
      const gap = this.lastPartEnd + PART_READ_GAP_MS - this.pace.now();
      if (!this.work.full && gap > 0) await this.pace.sleep(gap);
      const work = this.work;
      this.work = null;
      if (!work || !this.active()) break;
      try {
        await this.read(work);
      } catch (error) {
        if (!isAbort(error)) console.warn('Backstory could not read this page:', error);
      }
      if (!work.full) this.lastPartEnd = this.pace.now();
    }
    this.running = false;
  }
}

function merge(queued: Work | null, work: Work): Work {
  if (!queued) return work;
  if (work.full || queued.full)
    return { full: true, fresh: (work.full && work.fresh) || (queued.full && queued.fresh) };
  for (const region of work.regions) queued.regions.add(region);
  return queued;
}
