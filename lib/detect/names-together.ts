/**
 * What names standing together say of each other: names listed as one kind,
 * and a name set before another by a comma at a clause's end.
 */
import type { Candidate } from './find-names';

/**
 * "Justices Elena Kagan and Ketanji Brown Jackson": a full name joined to a
 * person is a person. "the Northern Pacific and Bering Sea", "Walmart, Target
 * and Kroger": names listed together are of one kind, so a name the article
 * says nothing of takes, as a hint, the kind a listed neighbour surely is.
 */
export function shareCoordinatedCues(sorted: Candidate[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const [before, c] = [sorted[i - 1] as Candidate, sorted[i] as Candidate];
    if (c.cue === null && before.cue === 'PERSON' && /\s/.test(c.form) && text.slice(before.end, c.start) === ' and ')
      c.cue = 'PERSON';
  }
  for (const chain of coordinated(sorted, text)) {
    // "Khalil of the Amal Movement and Ghazi Zaiter": after "of", the "and" may join the names before it.
    const first = chain[0] as Candidate;
    if (/\bof[ \u00A0]+(?:the[ \u00A0]+)?$/.test(text.slice(Math.max(0, first.start - 8), first.start))) continue;
    const sure = new Set(chain.filter((c) => c.cue && !c.weakCue && c.cue !== 'TERM').map((c) => c.cue));
    if (sure.size !== 1) continue;
    for (const c of chain) if (c.cue === null) [c.cue, c.weakCue] = [[...sure][0] as Candidate['cue'], true];
  }
}

const LAST_LINK = /^,?[ \u00A0](?:and|or)[ \u00A0]$/;

/** Runs of names joined by commas and ending with "and" or "or": "A, B and C", "A and B"; "Ketchikan, Alaska" is none. */
function coordinated(sorted: Candidate[], text: string): Candidate[][] {
  const chains: Candidate[][] = [];
  let chain: Candidate[] = [];
  let joined = false;
  for (const c of sorted) {
    const last = chain[chain.length - 1];
    const gap = last ? text.slice(last.end, c.start) : '';
    if (last && !joined && (gap === ', ' || LAST_LINK.test(gap)) && chain.length < MAX_LISTED) {
      chain.push(c);
      joined = gap !== ', ';
      continue;
    }
    if (joined) chains.push(chain);
    [chain, joined] = [[c], false];
  }
  if (joined) chains.push(chain);
  return chains;
}

const MAX_LISTED = 8;

/** "Ketchikan, Alaska.", "Flushing, Queens, where": a name and, after a comma, the last name of its clause. */
export function markCommaPairs(sorted: Candidate[], text: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const [before, c] = [sorted[i - 1] as Candidate, sorted[i] as Candidate];
    if (text.slice(before.end, c.start) === ', ' && CLAUSE_END.test(text.slice(c.end, c.end + 3)))
      before.commaNext = true;
  }
}

const CLAUSE_END = /^(?:[.,;:)!?]|[ \u00A0]*[—–]|[ \u00A0]+-[ \u00A0]|$)/;
