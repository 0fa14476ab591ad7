/**
 * When a card opens and closes, as Wikipedia's Page Previews do it: the card's data is prepared
 * after a short rest, the card opens after the dwell time, and closes after a grace period once
 * the pointer leaves, so a pointer passing over the text flashes no card and one moving to the
 * card keeps it. While the reader selects text or scrolls, the dwell starts again.
 */

/** Rest after which the card's data is prepared, so that it is ready when the dwell ends (Page Previews: 150 ms). */
export const PREFETCH_MS = 150;
/** Rest needed before a card opens: long enough that reading with the pointer on the text opens nothing. */
export const DWELL_MS = 400;
/** Grace after the pointer leaves a name or card before the card closes. */
export const HIDE_GRACE_MS = 300;

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentCallbacks<T> {
  /** The pointer has rested on a target for PREFETCH_MS: a card for it is likely. */
  prefetch?(target: T): void;
  show(target: T): void;
  hide(): void;
}

export interface HoverIntentOptions {
  /** A number, or where to read it at each hover: the reader may change it while the page is open. */
  dwellMs?: number | (() => number);
  /** False while the reader is busy (selecting, scrolling): no card opens. */
  quiet?: () => boolean;
}

export class HoverIntent<T> {
  private pending: T | null = null;
  private shown: T | null = null;
  /** Opened on purpose (keyboard, tap): stays when the pointer is elsewhere, until dismissed or replaced. */
  private pinned = false;
  private showTimer: number | null = null;
  private prefetchTimer: number | null = null;
  private hideTimer: number | null = null;
  private readonly dwellMs: number | (() => number);
  private readonly quiet: () => boolean;

  constructor(
    private readonly timers: Timers,
    private readonly callbacks: HoverIntentCallbacks<T>,
    options: HoverIntentOptions = {},
  ) {
    this.dwellMs = options.dwellMs ?? DWELL_MS;
    this.quiet = options.quiet ?? (() => true);
  }

  /** The pointer is over a target, or over nothing of ours (null). */
  pointAt(target: T | null): void {
    if (target === this.shown && target !== null) {
      this.cancelPending();
      this.cancelHide();
      return;
    }
    if (target === null) {
      this.cancelPending();
      if (this.shown !== null && !this.pinned) this.scheduleHide();
      return;
    }
    if (target === this.pending) return;
    this.cancelPending();
    this.pending = target;
    this.startDwell(target);
  }

  /** Opens a card at once: from the keyboard or a tap. `pinned` keeps it while the pointer is elsewhere. */
  open(target: T, pinned = true): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = target;
    this.pinned = pinned;
    this.callbacks.show(target);
  }

  /** The pointer is over the open card: keep it. */
  holdCard(): void {
    this.cancelPending();
    this.cancelHide();
  }

  /** The reader scrolled or is selecting: a card waiting to open waits a whole dwell again. */
  interrupt(): void {
    if (this.pending !== null) this.startDwell(this.pending);
  }

  /** Close at once (Escape, a click elsewhere, a scan, a switch turned off). */
  dismiss(): void {
    this.cancelPending();
    this.cancelHide();
    if (this.shown !== null) {
      this.shown = null;
      this.pinned = false;
      this.callbacks.hide();
    }
  }

  get current(): T | null {
    return this.shown;
  }

  /** Counts the dwell from now; while the reader is busy, it starts again rather than opening a card. */
  private startDwell(target: T): void {
    this.cancelTimers();
    const { prefetch } = this.callbacks;
    const dwell = typeof this.dwellMs === 'function' ? this.dwellMs() : this.dwellMs;
    if (prefetch && PREFETCH_MS < dwell) {
      this.prefetchTimer = this.timers.setTimeout(() => {
        this.prefetchTimer = null;
        prefetch(target);
      }, PREFETCH_MS);
    }
    this.showTimer = this.timers.setTimeout(() => {
      this.showTimer = null;
      if (this.quiet()) this.open(target, false);
      else this.startDwell(target);
    }, dwell);
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

  private cancelPending(): void {
    this.cancelTimers();
    this.pending = null;
  }

  private cancelTimers(): void {
    if (this.showTimer !== null) this.timers.clearTimeout(this.showTimer);
    if (this.prefetchTimer !== null) this.timers.clearTimeout(this.prefetchTimer);
    [this.showTimer, this.prefetchTimer] = [null, null];
  }
}
