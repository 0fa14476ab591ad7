/**
 * Clues in the words around a name: the noun after it ("the al-Hadba minaret",
 * "the Solidarity trade union"), a body's noun before it ("trade body UK
 * Finance", "the state-owned Kyrgyzaltyn"), and the noun a list follows
 * ("insurers, including State Farm").
 */
import type { EntityType } from '../model';
import { singular } from './find-terms';
import { PERSON_NOUNS } from './lexicon/person-words';
import { ORG_NOUNS, PLACE_HEADS, PLACE_NOUNS } from './lexicon/place-org-words';

// Place heads ("river", "square") and the buildings and sites a name can stand before.
const SITES = new Set(
  'church minaret temple shrine synagogue monastery convent mine glacier refinery cabaret theater theatre casino nightclub arena venue'.split(
    ' ',
  ),
);
const isPlaceNoun = (noun: string) => PLACE_HEADS.has(noun) || SITES.has(noun);
/** One or two lower-case words after the name, or after "and" another name. */
const FOLLOWING_NOUNS =
  /^(?:[ \u00A0]+(?:and|or)[ \u00A0]+[\p{Lu}][\p{L}'’-]*)?[ \u00A0]+(\p{Ll}+)(?:[ \u00A0]+(\p{Ll}+))?/u;
/** "neighbourhoods, including Gemmayzeh, Mar Mikhael and": the noun a list of names follows. */
const LIST_NOUN =
  /(\p{Ll}+),?[ \u00A0]+(?:including|such[ \u00A0]+as|notably)[ \u00A0]+(?:[\p{Lu}][^,.;:()]{0,40},[ \u00A0]+){0,6}(?:(?:and|or)[ \u00A0]+)?$/u;
const LIST_WORD = /including|such|notably/;
const OWNED = /-(?:owned|run|controlled|backed|funded|listed)$/;

export function neighbourCue(text: string, start: number, end: number, previous: string): EntityType | null {
  const [, first, second] = FOLLOWING_NOUNS.exec(text.slice(end, end + 48)) ?? [];
  for (const noun of [second, first].map((w) => w && singular(w))) {
    if (noun && isPlaceNoun(noun)) return 'PLACE';
    if (noun && (ORG_NOUNS.has(noun) || noun === 'brigade')) return 'ORG';
  }
  if (ORG_NOUNS.has(previous) || OWNED.test(previous) || previous === 'body') return 'ORG';
  const before = text.slice(Math.max(0, start - 160), start);
  // Most names follow no list; a plain search spares them the pattern.
  if (!LIST_WORD.test(before)) return null;
  const word = LIST_NOUN.exec(before)?.[1];
  const listed = word && singular(word);
  if (!listed) return null;
  if (PLACE_NOUNS.has(listed)) return 'PLACE';
  if (ORG_NOUNS.has(listed)) return 'ORG';
  return PERSON_NOUNS.has(listed) ? 'PERSON' : null;
}
