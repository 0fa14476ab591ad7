/**
 * What a page made to be slow costs the background: one name repeated thousands of times, detected and resolved
 * as the background does it (in steps, within its caps), and an ordinary article asked for while such a page is
 * being read, both going through the background's turns.
 */
import { detectSteps } from '../../../lib/background/detect-steps';
import { fairQueue } from '../../../lib/background/fair-queue';
import { resolveSteps } from '../../../lib/entities/resolve-mentions';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { runSteps, type Steps } from '../../../lib/steps';

export const REPEATS = [5_000, 10_000, 20_000, 40_000, 100_000];

/** Before the fix, from the probe (issue 14): a copy of every earlier mention at each one. */
export const BEFORE_MS: Record<number, string> = { 5000: '169 ms', 10000: '216 ms', 20000: '8.75 s', 40000: '64.8 s' };

/** A page that repeats "Astana" in sentences, as the probe's hostile page did. */
export const repeatedText = (repeats: number): string => 'and the talks in Astana went on. '.repeat(repeats);

/** Both halves of the background's work for one page: detect, then resolve what was found. */
export function* backgroundWork(text: string, reference: ReferenceIndex): Steps<number> {
  const [found = []] = yield* detectSteps([text], reference.termLexicon);
  const entities = yield* resolveSteps(found, reference);
  return entities.length;
}

export function timeRepeats(reference: ReferenceIndex, repeats: number): { ms: number; steps: number } {
  const text = repeatedText(repeats);
  const start = performance.now();
  let steps = 0;
  const work = backgroundWork(text, reference);
  while (!work.next().done) steps++;
  return { ms: performance.now() - start, steps };
}

/**
 * An ordinary article asked for `delayMs` after a hostile page started, through the same turns and pauses as in
 * the background: how long the article waits for its entities, beside the time it takes alone.
 */
export async function ordinaryBesideHostile(
  reference: ReferenceIndex,
  article: string,
  hostileRepeats: number,
  delayMs: number,
): Promise<{ alone: number; beside: number; hostile: number }> {
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  let start = performance.now();
  runSteps(backgroundWork(article, reference));
  const alone = performance.now() - start;
  const queue = fairQueue(pause);
  start = performance.now();
  const hostile = queue
    .run(1, backgroundWork(repeatedText(hostileRepeats), reference))
    .then(() => performance.now() - start);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const asked = performance.now();
  await queue.run(2, backgroundWork(article, reference));
  const beside = performance.now() - asked;
  return { alone, beside, hostile: await hostile };
}
