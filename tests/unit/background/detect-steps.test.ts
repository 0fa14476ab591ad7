import { describe, expect, it } from 'vitest';
import { type DetectLimits, detectSteps } from '../../../lib/background/detect-steps';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { Candidate } from '../../../lib/detect/find-names';
import type { Steps } from '../../../lib/steps';
import { cutAt } from '../../../lib/text/cut-text';
import { reference } from '../robustness/support';

const PARAGRAPH = 'Officials in Astana met Kassym-Jomart Tokayev on Tuesday, and the talks went on.\n';

/** Runs the steps, counting them. */
function counted<T>(steps: Steps<T>): { value: T; steps: number } {
  for (let count = 0; ; count++) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
  }
}

const forms = (found: Candidate[]) => found.map((c) => c.form);
const limits = (over: Partial<DetectLimits>): DetectLimits => ({
  chunkChars: 1_000,
  maxChars: 1_000_000,
  maxMentions: 1_000_000,
  ...over,
});

describe('detectSteps', () => {
  it('finds in an article read whole what detection finds, in one step', () => {
    const text = PARAGRAPH.repeat(5);
    const { value, steps } = counted(detectSteps([text], reference.termLexicon, limits({ chunkChars: 10_000 })));
    expect(steps).toBe(1);
    expect(value).toEqual([detectMentions(text, reference.termLexicon)]);
  });

  it('reads a long text a chunk per step, cut between lines, with offsets into the whole text', () => {
    const text = PARAGRAPH.repeat(100);
    const { value, steps } = counted(detectSteps([text], reference.termLexicon, limits({ chunkChars: 1_000 })));
    const [found] = value as [Candidate[]];
    expect(steps).toBe(Math.ceil(text.length / (PARAGRAPH.length * Math.floor(1_000 / PARAGRAPH.length))));
    expect(forms(found).filter((f) => f === 'Astana')).toHaveLength(100);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.form);
  });

  it('stops at the characters one request may cost, and leaves the rest undetected', () => {
    const text = PARAGRAPH.repeat(100);
    const { value, steps } = counted(
      detectSteps([text, text], reference.termLexicon, limits({ chunkChars: 1_000, maxChars: 2_000 })),
    );
    expect(steps).toBe(2);
    const [first, second] = value as [Candidate[], Candidate[]];
    expect(forms(first).filter((f) => f === 'Astana')).toHaveLength(24);
    expect(Math.max(...first.map((c) => c.end))).toBeLessThanOrEqual(2_000);
    expect(second).toEqual([]);
  });

  it('stops at the mentions one request may return', () => {
    const text = PARAGRAPH.repeat(100);
    const { value } = counted(detectSteps([text, text], reference.termLexicon, limits({ maxMentions: 7 })));
    expect(value.flat()).toHaveLength(7);
    expect(value[1]).toEqual([]);
  });
});

describe('cutAt', () => {
  it('cuts after a line break in the second half of the chunk, else after a space, else where it must', () => {
    expect(cutAt('aaaa\nbbbb\ncccc', 0, 12)).toBe(10);
    expect(cutAt('aaaa bbbb cccc', 0, 12)).toBe(10);
    expect(cutAt('a\nbbbbbbbbbbbbbbbbbb', 0, 12)).toBe(12);
    expect(cutAt('short', 0, 12)).toBe(5);
  });
});
