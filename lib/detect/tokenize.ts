/** Splits text into word tokens with their offsets. */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Alternatives, tried in order:
// - dotted abbreviations (U.S., B.C.) and the suffixes Jr. and Sr.;
// - web addresses used as names (Vlast.kz);
// - words: letters and marks, with soft hyphens, apostrophes and hyphens inside
//   (O'Neill, Qasym-Zhomart, Ngātiwai, Nazar\u00ADbaev);
// - numbers, with an ordinal ending (12, 2030, 33rd).
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`,
    String.raw`(?:Jr|Sr)\.`,
    String.raw`[\p{L}\d-]+\.(?:com|org|net|kz|ru|uk|io|info|news)(?![\p{L}\d])`,
    String.raw`[\p{L}][\p{L}\p{M}\p{N}\u00AD]*(?:['’‐-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*)*`,
    String.raw`\d+(?:st|nd|rd|th)?(?![\p{L}\d])`,
  ].join('|'),
  'gu',
);
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index;
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    if (word.length > 0) tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

/** The word without soft hyphens, which must never change what a word is. */
export function plainWord(word: string): string {
  return word.includes('\u00AD') ? word.replace(/\u00AD/g, '') : word;
}

export const lower = (word: string): string => plainWord(word).toLowerCase();

export const isNumber = (word: string): boolean => /^\d/.test(word);
