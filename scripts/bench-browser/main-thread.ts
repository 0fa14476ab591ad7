/**
 * The main thread of a page's renderer, seen from outside through DevTools
 * tracing: each task, how long it took, how much of it was script, and how
 * much of it was our content script. Chromium keeps an extension's tasks out
 * of the page's own PerformanceObserver('longtask'), so a content script's
 * long tasks can only be counted here. What is ours is told by URL, from the
 * trace's CPU samples: "some script ran" would also blame us for the page's
 * scripts and for a test's own probes.
 */
import type { CDPSession, Page } from 'playwright-core';
import { type ProfileEvent, samplesOf } from './cpu-samples';

/** A task this long delays input and painting noticeably: the Long Tasks API's threshold. */
export const LONG_TASK_MS = 50;

export interface Task {
  /** Start on the trace clock, in milliseconds. */
  start: number;
  ms: number;
  /** Time inside script: callbacks, microtasks, compiling and running scripts, and layout they forced. */
  scriptMs: number;
  /** Time sampled inside the script whose URL starts with the prefix given to stop() (the content script). */
  ourMs: number;
  /**
   * The thread's own time in the task (the trace's thread clock): what the task cost, without the time the thread
   * waited for a core. On a machine busy with other work a 10 ms slice can take 100 ms of wall-clock time.
   */
  cpuMs: number;
  /** The thread's own time in V8's collections (scavenges and mark-compacts) inside the task. */
  gcMs: number;
}

interface TraceEvent extends ProfileEvent {
  ph: string;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: ProfileEvent['args'] & { name?: string; beginData?: { url?: string } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];
/** Events of script running: a script evaluated, a callback or timer, microtasks (where promises go on). */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
]);
/** V8's collections of its young generation and of the whole heap: neither holds the other. */
const GC = new Set(['MinorGC', 'MajorGC']);
/** A task, with the microtasks it queued, which run at its end as part of it. */
const TASK = 'RunTask';

export class MainThreadTrace {
  private readonly events: TraceEvent[] = [];

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    cdp.on('Tracing.dataCollected', (e) => {
      for (const event of e.value as unknown as TraceEvent[]) this.events.push(event);
    });
  }

  static async start(page: Page): Promise<MainThreadTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new MainThreadTrace(page, cdp);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
      transferMode: 'ReportEvents',
    });
    return trace;
  }

  /**
   * Ends the trace and returns the tasks of the main thread of the renderer that shows the page, each with
   * the time sampled in scripts whose URL starts with `ourPrefix` (none when it is not given).
   */
  async stop(ourPrefix?: string): Promise<Task[]> {
    const complete = new Promise((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach();
    const pid = this.rendererOf(this.page.url());
    const main = this.events.find(
      (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    if (!main) throw new Error(`no main thread found for ${this.page.url()}`);
    const own = this.events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
    const tasks = tasksOf(own.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0)));
    if (ourPrefix) addOurTime(tasks, samplesOf(this.events, pid, ourPrefix));
    return tasks;
  }

  /** The renderer that parsed the page. */
  private rendererOf(url: string): number {
    const parsed = this.events.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    const pid = parsed.at(-1)?.pid;
    if (pid === undefined) throw new Error(`the trace shows no renderer for ${url}`);
    return pid;
  }
}

/** The outermost tasks, each with the outermost script events inside it summed. */
function tasksOf(events: TraceEvent[]): Task[] {
  const tasks: Task[] = [];
  let scriptEnd = 0;
  for (const e of events) {
    const start = e.ts / 1000;
    const ms = (e.dur ?? 0) / 1000;
    const last = tasks.at(-1);
    if (e.name === TASK && !(last && start < last.start + last.ms))
      tasks.push({ start, ms, scriptMs: 0, ourMs: 0, cpuMs: threadMs(e), gcMs: 0 });
    const task = tasks.at(-1);
    if (task && GC.has(e.name) && start < task.start + task.ms) task.gcMs += threadMs(e);
    if (task && SCRIPT.has(e.name) && start >= scriptEnd && start < task.start + task.ms) {
      task.scriptMs += ms;
      scriptEnd = start + ms;
    }
  }
  return tasks;
}

const threadMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Adds each sample of our script to the task it fell in (both lists in time order). */
function addOurTime(tasks: Task[], samples: { at: number; ms: number; ours: boolean }[]): void {
  let i = 0;
  for (const sample of samples) {
    if (!sample.ours) continue;
    while (i < tasks.length && sample.at > (tasks[i] as Task).start + (tasks[i] as Task).ms) i++;
    const task = tasks[i];
    if (task && sample.at >= task.start) task.ourMs += sample.ms;
  }
}

/**
 * Our long tasks: 50 ms or more, with most of it in our script. A task the page spent parsing or laying out
 * its own nodes stays the page's even if our script ran a little inside it.
 */
export function ourLongTasks(tasks: Task[]): Task[] {
  return tasks.filter((t) => t.ms >= LONG_TASK_MS && t.ourMs >= t.ms / 2);
}

/** Tasks in which our script ran at all: more than one means the work was cut into slices. */
export function tasksWithOurScript(tasks: Task[], minOurMs = 0.1): Task[] {
  return tasks.filter((t) => t.ourMs >= minOurMs);
}
