/**
 * Mentions as they travel to the background: one string, the JSON of columns of numbers, not an object each. The
 * browser serialises a message on the page's main thread, in one go, and the JSON of a string again, its quotes
 * escaped: the 20,000 mentions one resolve may carry were 1.1 MB on the bench's 5 MB page, about 26 ms to pack and
 * 58 ms to send in one task. So every string (a form, a field's name, its value) is written once, in `words`, and
 * the columns hold its place there; a start is counted from the start before it. A long article names the same few
 * hundred people and places thousands of times: those mentions take 0.5 MB, nearly all digits, which need no
 * escaping. The background unpacks each mention and checks it as MENTION (mention.ts); this file holds no schema,
 * so the content script, which only packs, carries none.
 */
import type { Candidate } from '../detect/find-names';
import { runSteps, type Steps, workCounter } from '../steps';
import type { MentionColumns } from './mention';

/** Numbers a mention: its start (from the start before it), its length, and its form's place in `words`. */
export const NUMBERS = 3;
/** What every mention has, packed as numbers. Any other field travels by name, unless null or false. */
const COLUMNED = ['start', 'end', 'form'];
/** Mentions packed between two points where a sliced read may pause: 20,000 took about 26 ms in one go. */
const MENTIONS_PER_STEP = 1000;

export const packMentions = (mentions: Candidate[]): string => runSteps(packMentionsSteps(mentions));

/** packMentions as steps, for a read cut into slices. */
export function* packMentionsSteps(mentions: Candidate[]): Steps<string> {
  const numbers: number[] = [];
  const more: number[] = [];
  // Each string's place is the order it came in: the map's keys, in that order, are the words.
  const places = new Map<string | boolean, number>();
  const word = (value: string | boolean) => places.get(value) ?? places.set(value, places.size).size - 1;
  let start = 0;
  const pause = workCounter(MENTIONS_PER_STEP);
  for (const [i, m] of mentions.entries()) {
    if (pause()) yield;
    numbers.push(m.start - start, m.end - m.start, word(m.form));
    start = m.start;
    // A loop over the keys, not a copy of the rest of each mention: 20,000 copies were most of the packing.
    for (const field in m) {
      const value = m[field as keyof Candidate] as never;
      if (value !== false && value !== null && !COLUMNED.includes(field)) {
        more.push(i, word(field), word(value));
      }
    }
  }
  // The JSON of columns of digits is quick: about 3 ms for 20,000 mentions, with the last step's.
  return JSON.stringify({ numbers, words: [...places.keys()], more } satisfies MentionColumns);
}

/** The mentions of columns the schema admitted (PACKED_MENTIONS). */
export const unpackMentions = (json: string): Candidate[] => unpackColumns(JSON.parse(json));

/**
 * The mentions again, a field left out read as null or false; what they hold is checked after, field by field.
 * A place outside `words` reads as undefined, which that check refuses for a form; `more` is checked before.
 */
export function unpackColumns({ numbers, words, more }: MentionColumns): Candidate[] {
  const mentions: Candidate[] = [];
  let start = 0;
  for (let k = 0; k < numbers.length; k += NUMBERS) {
    const [from = 0, length = 0, form = -1] = numbers.slice(k, k + NUMBERS);
    start += from;
    mentions.push({ start, end: start + length, form: words[form] as string, cue: null, sentenceInitial: false });
  }
  for (let k = 0; k < more.length; k += 3) {
    const mention = mentions[more[k] as number] as Record<string, unknown> | undefined;
    if (mention) mention[words[more[k + 1] as number] as string] = words[more[k + 2] as number];
  }
  return mentions;
}
