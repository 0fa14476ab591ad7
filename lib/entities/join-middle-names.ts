/** Coreference for people: a full name without its middle names is the same person. */
import { ORG_HEADS, PLACE_HEADS } from '../detect/lexicon/place-org-words';
import type { Cluster } from './clusters';
import { cueOf } from './entity-type';

/**
 * "Arthur Waite" after "Arthur Edward Waite", "Maria Silva" after "Maria
 * Clara Silva": a first name and a surname that begin and end exactly one
 * longer name of a person in the article name that person. Joined first, the
 * short form no longer competes with the full one for a surname used alone.
 */
export function joinMiddleNames(
  roots: Cluster[],
  parent: Map<Cluster, Cluster>,
  isFirstName: (folded: string) => boolean,
): void {
  const byEnds = new Map<string, Cluster[]>();
  for (const c of roots) {
    const words = c.key.split(' ');
    if (words.length < 3 || words.length > 5 || !isPersonal(c, words, isFirstName)) continue;
    const ends = `${words[0]} ${words[words.length - 1]}`;
    const same = byEnds.get(ends);
    if (same) same.push(c);
    else byEnds.set(ends, [c]);
  }
  for (const c of roots) {
    const words = c.key.split(' ');
    if (parent.has(c) || words.length !== 2 || !isPersonal(c, words, isFirstName)) continue;
    const found = byEnds.get(c.key);
    const full = found?.length === 1 ? (found[0] as Cluster) : null;
    // A short form the data knows as someone else ("John Kennedy" beside "John Fitzgerald Smith") stays apart.
    if (full && (!c.reference || c.reference.name === full.reference?.name)) parent.set(c, full);
  }
}

/** A name that is, or may be, a person's: no body's or place's head word, and a person's cue or a first name. */
function isPersonal(c: Cluster, words: string[], isFirstName: (folded: string) => boolean): boolean {
  if (words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w))) return false;
  if (c.reference) return c.reference.type === 'PERSON';
  const cue = cueOf(c.candidates);
  return cue === 'PERSON' || (cue === null && isFirstName(words[0] as string));
}
