/** Shapes of words that several detection steps test for. */

/** "EU", "KNCHR", "U.S.", "G7": a name written in capitals or dotted initials. */
const ACRONYM = /^(?:[\p{Lu}\d&]{2,8}|(?:\p{Lu}\.){2,})$/u;

export const isAcronym = (word: string): boolean => ACRONYM.test(word);

/** "IABs", "NGOs": an acronym in the plural. */
export const isPluralAcronym = (word: string): boolean => /^[\p{Lu}\d&]{2,8}s$/u.test(word);

/** Punctuation that a sentence, a quote, a heading, a dash break or a menu item ends with, or a bracket opens. */
const SENTENCE_END = /(?:[.!?:;"“”«»([|•·\n—–-]|^)\s*$/;
/** "(3) If a library…", "b) What": a list item's number or letter starts a sentence too. */
const LIST_MARKER = /(?:^|[\s(])(?:\d{1,2}|[a-z])\)[ \u00A0]*$/;

/** "Mr. ", "Dr. ", "Gen. ": a title's abbreviation ends in a period that ends no sentence. */
const TITLE_ABBREVIATION =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Rev|Hon|St)\.[ \u00A0]*$/u;

export const followsTitleAbbreviation = (text: string, offset: number): boolean =>
  TITLE_ABBREVIATION.test(text.slice(Math.max(0, offset - 7), offset));

/** Whether the word at an offset is the first of its sentence (or line, quote or dash break). */
export function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 3), offset);
  if (LIST_MARKER.test(text.slice(Math.max(0, offset - 6), offset))) return true;
  return SENTENCE_END.test(before) && !followsTitleAbbreviation(text, offset);
}

/** The head of a name's lower-cased words: the last, or the one "of" follows ("bank" of "bank of england"). */
export function headOf(words: string[]): string | undefined {
  const of = words.indexOf('of');
  return words[of > 0 ? of - 1 : words.length - 1];
}
