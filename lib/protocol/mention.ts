/** A mention as it travels from the content script to the background: the detector's Candidate, checked, and packed. */
import type { Candidate } from '../detect/find-names';
import { ENTITY_TYPES, MAX_FORM_LENGTH } from '../model';
import { MAX_MENTIONS } from './messages';
import { NUMBERS, unpackColumns } from './packed-mentions';
import { flag, type Infer, list, oneOf, orNull, record, text, where, whole } from './schema';

export const MAX_ROLE_LENGTH = 400;
/** Offsets beyond this cannot come from a page we would scan. */
const MAX_OFFSET = 50_000_000;
const offset = whole(0, MAX_OFFSET);
const form = text(MAX_FORM_LENGTH);

/** What a mention may also say, which few do: packed, these travel by name. */
const OPTIONAL = {
  fullName: form,
  aliasOf: form,
  descriptor: form,
  role: text(MAX_ROLE_LENGTH),
  weakCue: flag,
  commonWord: flag,
  inQuotedTitle: flag,
  foreign: flag,
  groupWord: flag,
  product: flag,
  commaNext: flag,
  dateline: flag,
};

export const MENTION = where(
  record({ start: offset, end: offset, form, cue: orNull(oneOf(ENTITY_TYPES)), sentenceInitial: flag }, OPTIONAL),
  (m) => m.end > m.start && m.form.length > 0,
);

type Mention = Infer<typeof MENTION>;
/** True only when the two types have the same fields, each of the same type. */
type Same<A, B> = [keyof A, A] extends [keyof B, B] ? ([keyof B, B] extends [keyof A, A] ? true : false) : false;
/**
 * The detector declares Candidate (detection may not import the protocol); this line stops the build when a field
 * is added to one and not the other, so nothing the detector sets is refused on the way, and nothing more is let in.
 */
export const MENTION_IS_CANDIDATE: Same<Mention, Candidate> = true;

/** Mentions as they travel: see packed-mentions.ts. */
const isField = oneOf(['cue', 'sentenceInitial', ...Object.keys(OPTIONAL)]);
/** Three items for each optional field of each mention. */
const MAX_MORE = MAX_MENTIONS * (Object.keys(OPTIONAL).length + 2) * 3;
/** Every form of every mention, every field name and every value, each once. */
const MAX_WORDS = MAX_MENTIONS * 6 + Object.keys(OPTIONAL).length + 2;
const COLUMNS = record({
  /** NUMBERS a mention: its start from the start before it (mentions of several parts may go back), length, form. */
  numbers: list(whole(-MAX_OFFSET, MAX_OFFSET), MAX_MENTIONS * NUMBERS),
  /** Each form, field name and value, once: the other columns hold places in this one. */
  words: list((v): v is string | boolean => flag(v) || text(MAX_ROLE_LENGTH)(v), MAX_WORDS),
  /** The optional fields, three items each: the mention's place, the field's name, its value (places in words). */
  more: list(whole(0, MAX_MENTIONS), MAX_MORE),
});

export type MentionColumns = Infer<typeof COLUMNS>;

/** Room for every field of the most mentions a resolve may carry, well beyond what any page sends. */
const MAX_PACKED_CHARS = MAX_MENTIONS * 2_000;

const parsed = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
};

/** JSON of columns that line up, each mention they hold one the background would take as it is. */
export const PACKED_MENTIONS = where(text(MAX_PACKED_CHARS), (json) => {
  const p = parsed(json);
  if (!COLUMNS(p) || p.numbers.length % NUMBERS !== 0 || p.more.length % 3 !== 0) return false;
  const isWord = (place: number) => place < p.words.length;
  const mentions = p.numbers.length / NUMBERS;
  return (
    p.numbers.every((v, i) => i % NUMBERS !== NUMBERS - 1 || (v >= 0 && isWord(v))) &&
    p.more.every((v, i) => (i % 3 === 0 ? v < mentions : isWord(v) && (i % 3 === 2 || isField(p.words[v])))) &&
    unpackColumns(p).every(MENTION)
  );
});
