/**
 * "[Kazakhstan's former President Nursultan] Nazarbaev" is one person: both
 * parts get the whole name, and the bracket's words become the role.
 */
import type { Candidate } from './find-names';
import { bracketOpenBefore, tidy } from './roles';

const CLOSE_GAP = /^\][ \u00A0]+$/;

export function joinBracketedNames(candidates: Candidate[], text: string): Candidate[] {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const inside = candidates[i] as Candidate;
    const after = candidates[i + 1] as Candidate;
    if (!CLOSE_GAP.test(text.slice(inside.end, after.start))) continue;
    const open = bracketOpenBefore(text, inside.start);
    if (open === null) continue;
    const fullName = `${inside.form} ${after.form}`;
    const role = tidy(text.slice(open + 1, inside.start));
    for (const part of [inside, after]) {
      part.fullName = fullName;
      part.cue = inside.cue ?? after.cue ?? 'PERSON';
      part.sentenceInitial = false;
      if (role) part.role = role;
    }
  }
  return candidates;
}
