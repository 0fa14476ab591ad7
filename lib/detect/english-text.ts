/**
 * Whether a text reads as English. Detection leans on English capitalisation
 * and cue words; in German every noun is capitalised, and in French or Spanish
 * the cue words differ, so elsewhere only names the reference data knows count.
 */
import type { Token } from './tokenize';

const FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by it at from he she his her they be are has have had not but this which said an were will would'.split(
    ' ',
  ),
);
/** Below this many words a text says too little about its language, and is taken as English. */
const MIN_WORDS = 25;
const ENOUGH_WORDS = 400;
/** English news prose has about one function word in four; other languages a few in a hundred. */
const MIN_SHARE = 0.08;

export function readsAsEnglish(tokens: Token[]): boolean {
  let words = 0;
  let common = 0;
  for (const t of tokens) {
    // Only lower-case words count: a run of capitals, a shout or a list of names says nothing of the language.
    const first = t.text.charCodeAt(0);
    if (first < 97 || (first > 122 && t.text[0] === t.text[0]?.toUpperCase())) continue;
    words++;
    if (FUNCTION_WORDS.has(t.text.toLowerCase())) common++;
    // A few hundred words settle it; a long article need not be read to the end.
    if (words >= ENOUGH_WORDS) break;
  }
  return words < MIN_WORDS || common / words >= MIN_SHARE;
}
