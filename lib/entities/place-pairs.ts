/**
 * "Ketchikan, Alaska": a name that a comma sets before a known place, at the
 * end of a clause, is a place in it, however little else the article says.
 */
import type { Candidate } from '../detect/find-names';
import type { ReferenceIndex } from '../reference/reference-index';

export function placesBeforePlaces(candidates: readonly Candidate[], reference: ReferenceIndex): Candidate[] {
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  return candidates.map((c) => {
    if (!c.commaNext || (c.cue && !c.weakCue) || reference.match(c.form)) return c;
    const next = byStart.get(c.end + 2);
    if (!next || !isPlace(next.form, reference)) return c;
    const { weakCue: _, ...rest } = c;
    return { ...rest, cue: 'PLACE' };
  });
}

function isPlace(form: string, reference: ReferenceIndex): boolean {
  const match = reference.match(form);
  const entries = match ? (match.entry ? [match.entry] : match.ambiguous) : [];
  return entries.length > 0 && entries.every((e) => e.type === 'PLACE');
}
