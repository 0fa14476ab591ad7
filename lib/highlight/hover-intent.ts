/**
 * When a card opens and closes: after the pointer rests on a name for the
 * dwell time, and a grace period after it leaves, so that a pointer passing
 * over the text does not flash cards and one moving to the card keeps it.
 */

/** Rest needed before a card opens (Wikipedia's Page Previews use a similar dwell). */
export const DWELL_MS = 400;
/** Grace after the pointer leaves a name or card before the card closes. */
export const HIDE_GRACE_MS = 300;

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentCallbacks<T> {
  show(target: T): void;
  hide(): void;
}

export class HoverIntent<T> {
  private pending: T | null = null;
  private shown: T | null = null;
  private showTimer: number | null = null;
  private hideTimer: number | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly callbacks: HoverIntentCallbacks<T>,
    /** A number, or where to read it at each hover: the reader may change it while the page is open. */
    private readonly dwellMs: number | (() => number) = DWELL_MS,
  ) {}

  /** The pointer is over a target, or over nothing of ours (null). */
  pointAt(target: T | null): void {
    if (target === null) {
      this.cancelShow();
      this.pending = null;
      if (this.shown !== null) this.scheduleHide();
      return;
    }
    if (target === this.shown) {
      this.cancelHide();
      return;
    }
    if (target === this.pending) return;
    this.cancelShow();
    this.pending = target;
    const dwell = typeof this.dwellMs === 'function' ? this.dwellMs() : this.dwellMs;
    this.showTimer = this.timers.setTimeout(() => {
      this.showTimer = null;
      this.pending = null;
      this.cancelHide();
      this.shown = target;
      this.callbacks.show(target);
    }, dwell);
  }

  /** The pointer is over the open card: keep it. */
  holdCard(): void {
    this.cancelShow();
    this.pending = null;
    this.cancelHide();
  }

  /** Close at once (Escape, a scan, a switch turned off). */
  dismiss(): void {
    this.cancelShow();
    this.cancelHide();
    this.pending = null;
    if (this.shown !== null) {
      this.shown = null;
      this.callbacks.hide();
    }
  }

  get current(): T | null {
    return this.shown;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.timers.setTimeout(() => {
      this.hideTimer = null;
      this.shown = null;
      this.callbacks.hide();
    }, HIDE_GRACE_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.timers.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private cancelShow(): void {
    if (this.showTimer !== null) this.timers.clearTimeout(this.showTimer);
    this.showTimer = null;
  }
}
