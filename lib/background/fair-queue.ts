/**
 * The background is one thread that every tab shares. A page's work (detecting its text, resolving its mentions)
 * runs here as steps, one step at a time, and the pages waiting take turns: a page that asks for a lot waits for
 * its own work, while another tab's article waits at most a step of it at each turn. Between steps the thread is
 * given back, so messages that arrived meanwhile join the turns.
 */
import type { Steps } from '../steps';

/** Whose work it is: a tab's id, or a name for work that no tab asked for. */
export type Owner = number | string;

interface Job {
  steps: Steps<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export interface FairQueue {
  /** Runs the steps in turn with every other owner's work; settles with their result. */
  run<T>(owner: Owner, steps: Steps<T>): Promise<T>;
}

/** `pause` resolves in a later task of the background's event loop. */
export function fairQueue(pause: () => Promise<void>): FairQueue {
  const jobs = new Map<Owner, Job[]>();
  const turns: Owner[] = [];
  let running = false;

  const step = (owner: Owner) => {
    const queue = jobs.get(owner) as Job[];
    const job = queue[0] as Job;
    let finished = true;
    try {
      const next = job.steps.next();
      finished = next.done === true;
      if (finished) job.resolve(next.value);
    } catch (error) {
      job.reject(error);
    }
    if (finished) queue.shift();
    if (queue.length > 0) turns.push(owner);
    else jobs.delete(owner);
  };

  const drain = async () => {
    running = true;
    while (turns.length > 0) {
      step(turns.shift() as Owner);
      await pause();
    }
    running = false;
  };

  return {
    run<T>(owner: Owner, steps: Steps<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const job: Job = { steps, resolve: resolve as (value: unknown) => void, reject };
        const queue = jobs.get(owner);
        if (queue) queue.push(job);
        else {
          jobs.set(owner, [job]);
          turns.push(owner);
        }
        if (!running) void drain();
      });
    },
  };
}
