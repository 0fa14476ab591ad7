/** Wall-clock timing helpers for the bench; medians because GC pauses skew means. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Result of the last call, kept so the engine cannot drop work whose result is unused. */
export let sink: unknown;

/** Median milliseconds of `runs` calls after `warmup` untimed ones. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
