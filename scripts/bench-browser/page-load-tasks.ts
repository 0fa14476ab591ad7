/**
 * Loads a page while tracing its main thread, and sorts out its tasks: the
 * long ones, those of our content script (told by its URL), how many tasks
 * our script ran in, and each by the thread's own time as well as the clock's.
 */
import type { Page } from 'playwright-core';
import { LONG_TASK_MS, MainThreadTrace, ourLongTasks, type Task, tasksWithOurScript } from './main-thread';

/** Time after the page is ready for the last slices (drawing the highlights) to be traced. */
const SETTLE_MS = 600;

export interface PageLoadTasks {
  /** Every long task on the page's main thread. */
  long: Task[];
  /** Long tasks mostly spent in our script. */
  ours: Task[];
  /** The most time our script spent in any one task, in ms. */
  longestOurs: number;
  /** Tasks in which our script ran: the slices of the read, and the message handlers. */
  ourTasks: number;
  /** The longest task our script ran in, by the thread's own time, which a busy machine does not stretch. */
  longestOursCpu: number;
  /** Tasks mostly ours that took 50 ms or more of the thread's own time. */
  oursByCpu: number;
  /** V8's collections inside the tasks mostly ours, by the thread's own time: all of them, and the most in one task. */
  ourGcMs: number;
  longestOurGcMs: number;
  /** From the start of navigation until the page was ready (highlights drawn), in ms. */
  readyMs: number;
}

export interface LoadOptions {
  /** Resolves once the page is read (highlights drawn), or has loaded when there is no extension. */
  ready(page: Page): Promise<void>;
  /** The URL prefix of our scripts, `chrome-extension://<id>/`; without it nothing is counted as ours. */
  ourPrefix?: string;
}

export async function loadAndTrace(page: Page, url: string, options: LoadOptions): Promise<PageLoadTasks> {
  const trace = await MainThreadTrace.start(page);
  // The 205,000-text-node page, traced with the CPU profiler, can take over 30 s to load on a busy machine.
  const started = performance.now();
  await page.goto(url, { timeout: 180_000 });
  await options.ready(page);
  const readyMs = performance.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await trace.stop(options.ourPrefix);
  const withOurs = tasksWithOurScript(tasks);
  const mostlyOurs = (t: Task) => t.ourMs >= t.ms / 2;
  return {
    long: tasks.filter((t) => t.ms >= LONG_TASK_MS),
    ours: ourLongTasks(tasks),
    longestOurs: Math.max(0, ...tasks.map((t) => t.ourMs)),
    ourTasks: withOurs.length,
    longestOursCpu: Math.max(0, ...withOurs.filter(mostlyOurs).map((t) => t.cpuMs)),
    oursByCpu: withOurs.filter((t) => mostlyOurs(t) && t.cpuMs >= LONG_TASK_MS).length,
    ourGcMs: withOurs.filter(mostlyOurs).reduce((sum, t) => sum + t.gcMs, 0),
    longestOurGcMs: Math.max(0, ...withOurs.filter(mostlyOurs).map((t) => t.gcMs)),
    readyMs,
  };
}

/** Where the extension's own scripts are served from: what the trace's samples are matched against. */
export const extensionPrefix = (extensionId: string) => `chrome-extension://${extensionId}/`;
