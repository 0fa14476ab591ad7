/** Every candidate mention in a text: the names, and the known terms outside them. */
import { type Candidate, findNames } from './find-names';
import { findTerms, type TermTest } from './find-terms';

export type { Candidate };

/** Longest form a mention may have; the protocol refuses longer ones. */
const MAX_FORM_LENGTH = 200;

export function detectMentions(text: string, isTerm?: TermTest): Candidate[] {
  const names = findNames(text).filter(fits);
  if (!isTerm) return names;
  const terms = findTerms(text, isTerm, names);
  // A one-word name at the start of a sentence gives way to a term on the same word ("Inflation rose").
  const termStarts = new Set(terms.map((t) => t.start));
  return [...names.filter((n) => !(n.sentenceInitial && termStarts.has(n.start))), ...terms].sort(
    (a, b) => a.start - b.start,
  );
}

function fits(c: Candidate): boolean {
  return (
    c.form.length <= MAX_FORM_LENGTH &&
    (c.fullName?.length ?? 0) <= MAX_FORM_LENGTH &&
    (c.aliasOf?.length ?? 0) <= MAX_FORM_LENGTH
  );
}
