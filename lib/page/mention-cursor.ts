/**
 * Which of an entity's mentions the card points at, for its Previous and Next
 * buttons. Starts at the hovered mention, so "Next" means the one after the
 * words the reader is looking at, and wraps so neither button is ever dead.
 */
export class MentionCursor<T> {
  private index: number;

  /** `items` in reading order; a `start` not among them starts at the first. */
  constructor(
    private readonly items: readonly T[],
    start: T,
  ) {
    this.index = Math.max(0, items.indexOf(start));
  }

  get count(): number {
    return this.items.length;
  }

  /** One-based, as the card shows it. */
  get position(): number {
    return this.index + 1;
  }

  get current(): T | undefined {
    return this.items[this.index];
  }

  next(): T | undefined {
    return this.step(1);
  }

  previous(): T | undefined {
    return this.step(-1);
  }

  private step(by: number): T | undefined {
    if (this.items.length === 0) return undefined;
    this.index = (this.index + by + this.items.length) % this.items.length;
    return this.current;
  }
}
