/**
 * Coreference by pronoun, as a reader follows it: "Marta Kowalczyk won the
 * vote. She thanked her staff." A name that stands alone in its sentence, when
 * the next sentence opens with "he" or "she", is a person's; when it opens
 * with "The airline" or "The town", the noun says what it is. Only a hint: the
 * words around a name, and the reference data, say more.
 */
import type { EntityType } from '../model';
import type { Candidate } from './find-names';
import { PERSON_NOUNS } from './lexicon/person-words';
import { ORG_NOUNS, PLACE_NOUNS } from './lexicon/place-org-words';
import { isAcronym } from './shapes';

/** How far a sentence may reach either side of a name. */
const SENTENCE_REACH = 200; // characters
/** The end of a sentence: a stop, a closing quote, then space before a capital. */
const SENTENCE_END = /[.!?]["”’)]?[ \u00A0]+(?=["“]?\p{Lu})|\n/u;
const PERSONAL_OPENER = /^(?:He|She)[ \u00A0]+\p{Ll}/u;

export function markPronounSubjects(sorted: Candidate[], text: string): void {
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.cue !== null && !c.weakCue) continue;
    const start = sentenceStart(text, c.start);
    const single = !/[\s\u00A0]/.test(c.form);
    // A lone word must open its sentence, where it is surely the subject: "Okonjo said little. He left."
    if (single && (isAcronym(c.form) || start !== c.start)) continue;
    const rest = text.slice(c.end, c.end + SENTENCE_REACH);
    const end = SENTENCE_END.exec(rest);
    if (!end || rest[end.index] === '\n') continue;
    const next = c.end + end.index + end[0].length;
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    // Another name in the sentence could be what the pronoun stands for; a capitalised word that opens the
    // sentence ("Passengers", "Voters") is most often no name at all.
    if ((before && before.end > start && !isOpeningWord(before)) || (after && after.start < next)) continue;
    const opener = text.slice(next, next + 40);
    const cue = PERSONAL_OPENER.test(opener) ? 'PERSON' : definiteCue(opener);
    if (cue) [c.cue, c.weakCue] = [cue, true];
  }
}

/** "Aer Lingus cancelled the flights. The airline blamed…": the noun that takes the name up says what it is. */
function definiteCue(opener: string): EntityType | null {
  const noun = /^The[ \u00A0]+(\p{Ll}+)[ \u00A0,]/u.exec(opener)?.[1];
  if (!noun) return null;
  if (ORG_NOUNS.has(noun)) return 'ORG';
  if (PLACE_NOUNS.has(noun)) return 'PLACE';
  return PERSON_NOUNS.has(noun) ? 'PERSON' : null;
}

const isOpeningWord = (c: Candidate): boolean => c.sentenceInitial && !/[\s\u00A0]/.test(c.form);

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  const before = text.slice(from, at);
  let start = from;
  for (const m of before.matchAll(/[.!?]["”’)]?[ \u00A0]+|\n/gu)) start = from + (m.index ?? 0) + m[0].length;
  return start;
}
