/**
 * Every request the lookup sends, so a caller can report the count per article
 * (cold and warm cache) and tests can see exactly which addresses were asked for.
 */

export interface LoggedRequest {
  url: string;
  host: string;
  /** The HTTP status, or 0 when no response came. */
  status: number;
  at: number;
}

/** Entries kept; older ones are dropped, the count keeps going. */
const MAX_ENTRIES = 500;

export class RequestLog {
  private readonly entries: LoggedRequest[] = [];
  private total = 0;

  record(entry: LoggedRequest): void {
    this.total += 1;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
  }

  /** Requests sent since the log was made; take it before and after an article to count that article's. */
  count(): number {
    return this.total;
  }

  /** The latest entries, oldest first. */
  recent(): readonly LoggedRequest[] {
    return [...this.entries];
  }

  byHost(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { host } of this.entries) counts[host] = (counts[host] ?? 0) + 1;
    return counts;
  }
}
