/**
 * Mentions as they travel to the background: one string, the JSON of columns of numbers and forms, not an object
 * each. The browser serialises a message value by value on the page's main thread, in one go: the 20,000 mentions
 * one resolve may carry, as objects, were a task of about 100 ms on the bench's 5 MB page. As one string they are
 * fewer values, but the string's own quotes are escaped again when the message is serialised (still 60-90 ms). The
 * other fields (a cue, a role) travel by name, and only when set. The background unpacks each mention and checks it
 * as MENTION (mention.ts); this file holds no schema, so the content script, which only packs, carries none.
 */
import type { Candidate } from '../detect/find-names';
import type { MentionColumns } from './mention';

/** Numbers a mention: its start and its length. */
export const NUMBERS = 2;
/** What every mention has, packed as numbers and forms. Any other field travels by name, unless null or false. */
const COLUMNED = ['start', 'end', 'form'];

export function packMentions(mentions: Candidate[]): string {
  const packed: MentionColumns = { numbers: [], forms: [], more: [] };
  mentions.forEach((m, i) => {
    packed.numbers.push(m.start, m.end - m.start);
    packed.forms.push(m.form);
    // A loop over the keys, not a copy of the rest of each mention: 20,000 copies were most of the packing.
    for (const field in m) {
      const value = m[field as keyof Candidate] as never;
      if (value !== false && value !== null && !COLUMNED.includes(field)) packed.more.push(i, field, value);
    }
  });
  return JSON.stringify(packed);
}

/** The mentions of columns the schema admitted (PACKED_MENTIONS). */
export const unpackMentions = (json: string): Candidate[] => unpackColumns(JSON.parse(json));

/** The mentions again, a field left out read as null or false; what they hold is checked after, field by field. */
export function unpackColumns({ numbers, forms, more }: MentionColumns): Candidate[] {
  const mentions = forms.map((form, i): Candidate => {
    const [start = 0, length = 0] = numbers.slice(i * NUMBERS, (i + 1) * NUMBERS);
    return { start, end: start + length, form, cue: null, sentenceInitial: false };
  });
  for (let k = 0; k < more.length; k += 3) {
    const mention = mentions[more[k] as number] as Record<string, unknown> | undefined;
    if (mention) mention[more[k + 1] as string] = more[k + 2];
  }
  return mentions;
}
