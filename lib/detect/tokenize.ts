/** Splits text into word tokens with their offsets. */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// A word: letters and marks, with soft hyphens, apostrophes and hyphens allowed
// inside it (O'Neill, Qasym-Zhomart, Ngātiwai, Nazar\u00ADbaev).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*(?:['’‐-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*)*/gu;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    if (word.length > 0) tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

/** The word without soft hyphens, which must never change what a word is. */
export function plainWord(word: string): string {
  return word.replace(/\u00AD/g, '');
}
