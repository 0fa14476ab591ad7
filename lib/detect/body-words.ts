/**
 * Words that are no name words yet belong to a body's name: an ordinal before a
 * unit ("33rd Front") and a capitalised compound after a connector inside a
 * body's name ("Office for High-ranking Officials").
 */
import { ORG_HEADS } from './lexicon/place-org-words';
import { lower, type Token } from './tokenize';

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** "the 33rd Front", "the 101st Airborne Division": an ordinal before a name may begin it. */
export function startsUnit(tokens: Token[], i: number, text: string, isNameWord: (word: string) => boolean): boolean {
  const first = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    ORDINAL.test(first.text) && !!next && /^[ \u00A0]$/.test(text.slice(first.end, next.start)) && isNameWord(next.text)
  );
}

/** "Office for High-ranking Officials": inside a body's name a capitalised compound is a name word. */
export function compoundInBody(run: Token[], word: string): boolean {
  const last = (run[run.length - 1] as Token).text;
  if (!CAPITAL.test(word) || (last !== 'for' && last !== 'of' && last !== 'and')) return false;
  return run.some((t) => ORG_HEADS.has(lower(t.text)));
}
