/**
 * Detection on a single 1 MB "word" of each shape that once made the tokenizer
 * quadratic (minutes per megabyte). The unit tests check that these finish
 * with exact results; the time is reported here, where a slow machine fails nothing.
 */
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { timeMedian } from './timing';

const MB = 2 ** 20;

/** Goal: reading a 1 MB word costs about what 1 MB of prose does, far under a second. */
export const LONG_WORD_GOAL_MS = 1000;

const WORDS: [label: string, word: string][] = [
  ['letters and digits', 'ab1'.repeat(MB / 3)],
  ['hyphens', '-'.repeat(MB)],
  ['digits ending in a letter', `${'1'.repeat(MB)}a`],
  ['one capitalised word', `A${'b'.repeat(MB)}`],
];

export function timeLongWords(): [label: string, ms: number][] {
  return WORDS.map(([label, word]) => {
    const text = `Officials in Astana read ${word} aloud.`;
    return [label, timeMedian(() => detectMentions(text), 3, 1)];
  });
}
