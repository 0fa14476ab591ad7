/**
 * Loads a page while tracing its main thread, and sorts out the long tasks:
 * those in which script ran (the heavy pages run none of their own, so that
 * is the content script), and of those, the ones outside detection.
 */
import type { Page } from 'playwright-core';
import type { DetectionWindow } from './detection-window';
import { LONG_TASK_MS, longScriptTasks, MainThreadTrace, type Task } from './main-thread';

/** Time after the page is ready for the last slices (drawing the highlights) to be traced. */
const SETTLE_MS = 600;
/** How far the service worker's clock and the page's may disagree. */
const CLOCK_SLACK_MS = 3;

export interface PageLoadTasks {
  /** Every long task on the page's main thread. */
  long: Task[];
  /** Long tasks in which script ran. */
  ours: Task[];
  /** Those of ours that overlap no detection window. */
  outsideDetection: Task[];
  /** The longest task in which script ran, long or not, in ms. */
  longestScriptTask: number;
}

export interface LoadOptions {
  /** Resolves once the page is read (highlights drawn), or has loaded when there is no extension. */
  ready(page: Page): Promise<void>;
  /** The detection windows of a page, from recordDetection(). */
  detection?: (url: string) => Promise<DetectionWindow[]>;
}

export async function loadAndTrace(page: Page, url: string, options: LoadOptions): Promise<PageLoadTasks> {
  const trace = await MainThreadTrace.start(page);
  await page.goto(url);
  await trace.markClock();
  await options.ready(page);
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await trace.stop();
  const windows = (await options.detection?.(url)) ?? [];
  const spans = windows.map((w) => ({ from: trace.traceTime(w.from) - CLOCK_SLACK_MS, to: trace.traceTime(w.to) }));
  const ours = longScriptTasks(tasks);
  const overlaps = (t: Task) => spans.some((s) => t.start < s.to && t.start + t.ms > s.from);
  return {
    long: tasks.filter((t) => t.ms >= LONG_TASK_MS),
    ours,
    outsideDetection: ours.filter((t) => !overlaps(t)),
    longestScriptTask: Math.max(0, ...tasks.filter((t) => t.scriptMs >= 1).map((t) => t.ms)),
  };
}
