/**
 * The common noun an article puts before a name to say what it is: "the
 * schooner Polaris", "the political scientist Samuel Huntington", "El
 * politólogo Samuel Huntington". It tells which of the things a name can mean
 * the article means.
 */

/** A determiner, then one to three lower-case words, then the name. */
const BEFORE =
  /(?:^|[\s(“"])(?:the|a|an|its|his|her|their|el|la|le|der|die)[ \u00A0]+((?:[\p{Ll}-]+[ \u00A0]+){0,2}[\p{Ll}][\p{Ll}-]+)[ \u00A0]+$/u;
/** Words that end a phrase before a name without describing it: "a director at", "the best of". */
const NOT_NOUNS = new Set(
  'at of in on for to from by with and or that which who whose than as into onto about after before is was are were be been has have had said says new'.split(
    ' ',
  ),
);
/**
 * Words that make the phrase the head of a clause the name opens, not a descriptor of the name: "the first
 * such agreement China has signed", "the only thing Smith wants", "the same day Paris voted".
 */
const CLAUSE_HEADS = new Set(
  'first second third last next only such same other another best worst most least'.split(' '),
);
const MAX_CHARS = 40;

export function descriptorBefore(text: string, start: number): string | null {
  const match = BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const phrase = match?.[1]?.replace(/[\s\u00A0]+/g, ' ');
  if (!phrase || phrase.length > MAX_CHARS) return null;
  const words = phrase.split(' ');
  return words.some((w) => NOT_NOUNS.has(w) || CLAUSE_HEADS.has(w)) ? null : phrase;
}
