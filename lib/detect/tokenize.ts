/** Splits text into word tokens with their offsets. */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Alternatives, tried in order; each either matches or fails at its first
// character, so the scan stays linear on any input (runs of hyphens or digits):
// - dotted abbreviations (U.S., B.C.) and the suffixes Jr. and Sr.;
// - words: letters and marks, with soft hyphens, apostrophes and hyphens inside
//   (O'Neill, Qasym-Zhomart, Ngātiwai, Nazar\u00ADbaev);
// - runs of digits and letters that start with a digit (12, 2030, 33rd).
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`,
    String.raw`(?:Jr|Sr)\.`,
    String.raw`[\p{L}][\p{L}\p{M}\p{N}\u00AD]*(?:['’‐-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*)*`,
    String.raw`\d[\p{L}\p{N}]*`,
  ].join('|'),
  'gu',
);
/** A web address used as a name ("Vlast.kz") continues a word. */
const DOMAIN = /^\.(?:com|org|net|kz|ru|uk|io|info|news)(?![\p{L}\d])/u;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index;
    if (/^\d/.test(word) && !/^\d+(?:st|nd|rd|th)?$/.test(word)) continue;
    if (text.charCodeAt(start + word.length) === 46) {
      const domain = DOMAIN.exec(text.slice(start + word.length, start + word.length + 8));
      if (domain) word += domain[0];
    }
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
