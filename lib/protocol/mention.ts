/** A mention as it travels from the content script to the background: the detector's Candidate, checked. */
import type { Candidate } from '../detect/find-names';
import { ENTITY_TYPES, MAX_FORM_LENGTH } from '../model';
import { flag, type Infer, oneOf, orNull, record, text, where, whole } from './schema';

export const MAX_ROLE_LENGTH = 400;
/** Offsets beyond this cannot come from a page we would scan. */
const MAX_OFFSET = 50_000_000;
const offset = whole(0, MAX_OFFSET);
const form = text(MAX_FORM_LENGTH);

export const MENTION = where(
  record(
    { start: offset, end: offset, form, cue: orNull(oneOf(ENTITY_TYPES)), sentenceInitial: flag },
    {
      fullName: form,
      aliasOf: form,
      descriptor: form,
      role: text(MAX_ROLE_LENGTH),
      weakCue: flag,
      commonWord: flag,
      inQuotedTitle: flag,
      foreign: flag,
      groupWord: flag,
      commaNext: flag,
      dateline: flag,
    },
  ),
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
