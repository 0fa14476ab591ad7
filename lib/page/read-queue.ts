/**
 * Runs the session's reads one at a time. What asks to be read while a read
 * waits on the background is merged into the next one: a whole read takes in
 * any pending blocks, and blocks pile into one set.
 */

/** A whole read (fresh: after a navigation, so look again for a while) or a read of some blocks. */
export type Work = { full: true; fresh: boolean } | { full: false; regions: Set<Element> };

export class ReadQueue {
  private work: Work | null = null;
  private running = false;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly read: (work: Work) => Promise<void>,
    /** False once the site is switched off: the queue stops after the read under way. */
    private readonly active: () => boolean,
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
      const work = this.work;
      this.work = null;
      try {
        await this.read(work);
      } catch (error) {
        console.warn('Backstory could not read this page:', error);
      }
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
