/** Every candidate mention in a text: the names, and the known terms outside them. */

import { MAX_FORM_LENGTH } from '../model';
import { readsAsEnglish } from './english-text';
import { type Candidate, findNames } from './find-names';
import { findTerms, type TermLexicon } from './find-terms';
import { isPostNominal } from './post-nominals';
import { type Token, tokenize } from './tokenize';

export type { Candidate };

/** Longest form a mention may have; the protocol refuses longer ones. */

export function detectMentions(text: string, lexicon?: TermLexicon, tokens: Token[] = tokenize(text)): Candidate[] {
  const names = findNames(text, tokens).filter(
    (n) => fits(n) && !inMarkup(text, n) && !inWebAddress(text, n) && !isPostNominal(text, n) && !isPageNumber(text, n),
  );
  // Outside English only known names count, and the English glossary does not apply.
  if (!readsAsEnglish(tokens)) {
    for (const n of names) n.foreign = true;
    return names;
  }
  if (!lexicon) return names;
  const terms = findTerms(text, tokens, lexicon, names);
  // A one-word name at the start of a sentence gives way to a term on the same word ("Inflation rose").
  const termStarts = new Set(terms.map((t) => t.start));
  return [...names.filter((n) => !(n.sentenceInitial && termStarts.has(n.start))), ...terms].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * "<Img Src=x Onerror=…>": words of markup shown as text, a tag's name after
 * "<" or an attribute before "=", are not names.
 */
function inMarkup(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 2), c.start);
  return /<\/?$/.test(before) || /^\s*=/.test(text.slice(c.end, c.end + 2)) || /=["']?$/.test(before);
}

/** "on Page A22", "see page B3": a newspaper's page, not a name. */
const isPageNumber = (text: string, c: Candidate): boolean =>
  /^\p{Lu}\d{1,3}$/u.test(c.form) && /\b[Pp]age[ \u00A0]$/.test(text.slice(Math.max(0, c.start - 5), c.start));

/** "t.co/XPxUJuyIAC", "example.com/News": a path in a web address is no name. */
function inWebAddress(text: string, c: Candidate): boolean {
  return (
    text.charCodeAt(c.start - 1) === 47 &&
    /[\p{L}\d]\.\p{L}{2,}(?:\/\S*)?\/$/u.test(text.slice(Math.max(0, c.start - 60), c.start))
  );
}

function fits(c: Candidate): boolean {
  return (
    c.form.length <= MAX_FORM_LENGTH &&
    (c.fullName?.length ?? 0) <= MAX_FORM_LENGTH &&
    (c.aliasOf?.length ?? 0) <= MAX_FORM_LENGTH
  );
}
