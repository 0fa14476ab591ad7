/**
 * Work written as a generator, so that one walk of the page can run in one go
 * (tools, tests, a paragraph the page just added) or be cut into slices by the
 * content script (a whole article on a heavy page). Each `yield` marks a point
 * where the work may stop and go on later; a step should take well under a
 * millisecond, so that a slice ends close to its budget.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs the steps to their end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Counts units of work (nodes, elements, text runs): true each time `per` of them are done since the last true,
 * where a walk yields. Slices are bounded by work counted, so no step runs long however big the page is.
 */
export function workCounter(per: number): (units?: number) => boolean {
  let done = 0;
  return (units = 1) => {
    done += units;
    if (done < per) return false;
    done = 0;
    return true;
  };
}
