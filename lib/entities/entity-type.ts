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

/** Surname endings of Slavic, Central Asian, Caucasian, Turkic, Balkan and Romanian names. */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|yev|yeva|enko|sky|skiy|ski|ska|skaya|yan|uly|kyzy|zoda|zade|oglu|oğlu|ović|ovic|vić|vic|escu|idze|dze|shvili|ovich|evich|ovna|evna|bekov|bekova)$/;

/**
 * Whether an unknown name reads as a person's: two to four words that start
 * with a known first name or end with a common surname ending.
 */
export function looksLikePerson(
  words: string[],
  isGivenName: (word: string) => boolean,
  isNameWord: (word: string) => boolean,
): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (isGivenName(words[0] as string) || SURNAME_ENDING.test(words[words.length - 1] as string)) return true;
  // "Lina Sabbagh", "Kevin Njoroge": every word (or all but one of three or four) is a person's name.
  const named = words.filter(isNameWord).length;
  return named >= Math.max(2, words.length - 1);
}
