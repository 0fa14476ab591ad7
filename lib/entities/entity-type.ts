/** Which type an entity gets when the reference data does not know it. */
import type { Candidate } from '../detect/find-names';
import type { EntityType } from '../model';

/** The type most of the mentions' cues point to; a person cue wins over place hints. */
export function cueOf(candidates: Candidate[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const c of candidates) if (c.cue) counts.set(c.cue, (counts.get(c.cue) ?? 0) + 1);
  const person = counts.get('PERSON') ?? 0;
  const org = counts.get('ORG') ?? 0;
  if (person > 0 && person >= org) return 'PERSON';
  let best: EntityType | null = null;
  let bestCount = 0;
  for (const type of ['ORG', 'PLACE', 'TERM'] as const) {
    const n = counts.get(type) ?? 0;
    if (n > bestCount) [best, bestCount] = [type, n];
  }
  return best;
}
