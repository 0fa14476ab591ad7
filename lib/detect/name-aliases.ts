/**
 * Another name for the name just before: an acronym in brackets ("the
 * Institute of National Remembrance (IPN)") or a name it is "known as".
 */
import type { Candidate } from './find-names';
import { isAcronym } from './shapes';

const KNOWN_AS =
  /^,?\s+(?:(?:also|better|locally|widely|officially|informally)\s+)?(?:known(?:\s+(?:locally|in\s+\p{L}+))?\s+as|called|dubbed|nicknamed)\s+(?:the\s+)?$/u;

/** "the Institute of National Remembrance (IPN)": the acronym names the same body. */
export function markAcronyms(candidates: Candidate[], text: string): Candidate[] {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    let before = candidates[i - 1] as Candidate;
    // "…Office, known in Spanish as the Fiscalía": the language between is not the name explained.
    if (i >= 2 && text.slice(Math.max(0, before.start - 9), before.start) === 'known in ')
      before = candidates[i - 2] as Candidate;
    // "MOSCOW (AP) —": the agency that filed the report, not the dateline's acronym.
    if (before.dateline) continue;
    const gap = text.slice(before.end, c.start);
    const acronym = isAcronym(c.form) && gap === ' (' && text[c.end] === ')';
    // "the Japanese Trade Union Confederation, known as Rengō": another name of the same body or place.
    if (!acronym && !(gap.length < 40 && KNOWN_AS.test(gap) && (c.cue === null || c.weakCue))) continue;
    c.aliasOf = before.fullName ?? before.form;
    c.sentenceInitial = false;
    // The acronym's own hint gives way to what the name it stands for is.
    if (c.cue === null || (c.weakCue && before.cue)) {
      c.cue = before.cue;
      if (before.weakCue) c.weakCue = true;
      else delete c.weakCue;
    }
  }
  return candidates;
}
