/**
 * Loads a page while tracing its main thread, and sorts out the long tasks:
 * those in which script ran (the heavy pages run none of their own, so that
 * is the content script).
 */
import type { Page } from 'playwright-core';
import { LONG_TASK_MS, longScriptTasks, MainThreadTrace, type Task } from './main-thread';

/** Time after the page is ready for the last slices (drawing the highlights) to be traced. */
const SETTLE_MS = 600;

export interface PageLoadTasks {
  /** Every long task on the page's main thread. */
  long: Task[];
  /** Long tasks in which script ran. */
  ours: Task[];
  /** The longest task in which script ran, long or not, in ms. */
  longestScriptTask: number;
  /** The same by the thread's own time, which a busy machine does not stretch. */
  longestScriptCpu: number;
  /** Tasks in which script ran that took 50 ms or more of the thread's own time. */
  longByCpu: number;
}

export interface LoadOptions {
  /** Resolves once the page is read (highlights drawn), or has loaded when there is no extension. */
  ready(page: Page): Promise<void>;
}

export async function loadAndTrace(page: Page, url: string, options: LoadOptions): Promise<PageLoadTasks> {
  const trace = await MainThreadTrace.start(page);
  await page.goto(url);
  await options.ready(page);
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await trace.stop();
  return {
    long: tasks.filter((t) => t.ms >= LONG_TASK_MS),
    ours: longScriptTasks(tasks),
    longestScriptTask: Math.max(0, ...tasks.filter((t) => t.scriptMs >= 1).map((t) => t.ms)),
    longestScriptCpu: Math.max(0, ...tasks.filter((t) => t.scriptMs >= 1).map((t) => t.cpuMs)),
    longByCpu: tasks.filter((t) => t.scriptMs >= 1 && t.cpuMs >= LONG_TASK_MS).length,
  };
}
