/**
 * Detection as the background runs it for one request: a chunk of text per step, so that work for other tabs
 * can run between steps, and no more text or mentions than one page may cost the shared background.
 */
import { type Candidate, detectMentions } from '../detect/detect-mentions';
import type { TermLexicon } from '../detect/find-terms';
import { MAX_DETECT_CHARS, MAX_MENTIONS } from '../protocol/messages';
import type { Steps } from '../steps';
import { cutAt } from '../text/cut-text';

export interface DetectLimits {
  /** Characters detected in one step. */
  chunkChars: number;
  /** Characters of one request detected in all; the rest of its text is left undetected. */
  maxChars: number;
  /** Mentions one request may find; past them the rest of its text is left undetected. */
  maxMentions: number;
}

export const DETECT_LIMITS: DetectLimits = {
  // Longer than 99% of articles (58,000 characters on the development pages), so an article is read whole; a
  // step of this much takes some tens of milliseconds. A longer text is cut at a line break between blocks.
  chunkChars: 100_000,
  maxChars: MAX_DETECT_CHARS,
  // No more than one resolve can take: mentions past it would never be highlighted anyway.
  maxMentions: MAX_MENTIONS,
};

/** The mentions of each text, a chunk per step, within the limits. */
export function* detectSteps(
  texts: readonly string[],
  lexicon: TermLexicon | undefined,
  limits: DetectLimits = DETECT_LIMITS,
): Steps<Candidate[][]> {
  let chars = limits.maxChars;
  let mentions = limits.maxMentions;
  const parts: Candidate[][] = [];
  for (const text of texts) {
    const found: Candidate[] = [];
    parts.push(found);
    for (let from = 0; from < text.length && chars > 0 && mentions > 0; ) {
      const size = Math.min(limits.chunkChars, chars);
      const to = cutAt(text, from, size);
      // Charged whole, though cut a little short: the budget runs out in whole chunks, never in crumbs.
      chars -= size;
      for (const candidate of detectMentions(text.slice(from, to), lexicon)) {
        if (mentions-- <= 0) break;
        candidate.start += from;
        candidate.end += from;
        found.push(candidate);
      }
      from = to;
      yield;
    }
  }
  return parts;
}
