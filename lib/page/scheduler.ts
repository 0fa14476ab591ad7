/**
 * The timers and animation frames of one page session. Each callback first
 * asks the content script's lifetime whether it is still valid: after an
 * extension update Chrome leaves the old script running and tells it nothing,
 * and the lifetime's isValid is what notices (it aborts its signal, which ends
 * every watcher). No listener is left on the signal per call: a live blog asks
 * for a frame on every update.
 */
import type { Timers } from '../highlight/hover-intent';

export interface Scheduler extends Timers {
  setInterval(fn: () => void, ms: number): number;
  clearInterval(id: number): void;
  requestFrame(fn: () => void): number;
  cancelFrame(id: number): void;
}

/** What the content script's lifetime offers (lib/page/script-lifetime.ts). */
export interface Lifetime {
  /** False once the extension was reloaded or updated; asking also aborts the script's signal then. */
  readonly isValid: boolean;
}

export function boundScheduler(win: Window, life: Lifetime): Scheduler {
  const guard = (fn: () => void) => () => {
    if (life.isValid) fn();
  };
  return {
    setTimeout: (fn, ms) => win.setTimeout(guard(fn), ms),
    clearTimeout: (id) => win.clearTimeout(id),
    setInterval: (fn, ms) => win.setInterval(guard(fn), ms),
    clearInterval: (id) => win.clearInterval(id),
    requestFrame: (fn) => win.requestAnimationFrame(guard(fn)),
    cancelFrame: (id) => win.cancelAnimationFrame(id),
  };
}

/** A signal that ends with its parent or when aborted itself, without leaving a listener on the parent. */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}
