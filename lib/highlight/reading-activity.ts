/**
 * Whether the reader is busy with the text rather than asking about a name:
 * a mouse button held down (selecting, dragging), a selection that is still
 * changing, or a scroll just now. Cards wait while any of these is true, so a
 * pointer that comes to rest on a name mid-selection or mid-scroll opens none.
 */

/** How long after the last scroll or selection change the reader still counts as busy (Page Previews: ~200 ms). */
export const BUSY_AFTER_MS = 200;

export class ReadingActivity {
  private buttonDown = false;
  private scrolledAt = Number.NEGATIVE_INFINITY;
  private selectedAt = Number.NEGATIVE_INFINITY;
  private selecting = false;

  constructor(private readonly now: () => number) {}

  /** A mouse or pen button went down: a selection or drag may start. Touch is a tap, handled apart. */
  pressed(): void {
    this.buttonDown = true;
  }

  released(): void {
    this.buttonDown = false;
  }

  scrolled(): void {
    this.scrolledAt = this.now();
  }

  /** The document's selection changed; `collapsed` when it is only a caret. */
  selectionChanged(collapsed: boolean): void {
    this.selecting = !collapsed;
    this.selectedAt = this.now();
  }

  get busy(): boolean {
    const now = this.now();
    if (this.buttonDown || now - this.scrolledAt < BUSY_AFTER_MS) return true;
    return this.selecting && now - this.selectedAt < BUSY_AFTER_MS;
  }
}
