/** Shape checks for message fields, so that the protocol file reads as a list of messages. */
import type { Candidate } from './detect/find-names';
import type { EntityType } from './model';

export const MAX_FORM_LENGTH = 200;
export const MAX_ROLE_LENGTH = 400;
/** Offsets beyond this cannot come from a page we would scan. */
const MAX_OFFSET = 50_000_000;
const CUES: ReadonlySet<unknown> = new Set<EntityType | null>(['PERSON', 'PLACE', 'ORG', 'TERM', null]);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_OFFSET;

const FLAGS = ['commonWord', 'weakCue', 'inQuotedTitle', 'foreign', 'groupWord'] as const;

export function isCandidate(v: unknown): v is Candidate {
  if (!isRecord(v)) return false;
  const { start, end, form, cue, sentenceInitial, fullName, role, aliasOf } = v;
  const optionalText = (t: unknown, max: number) => t === undefined || (typeof t === 'string' && t.length <= max);
  return (
    optionalText(fullName, MAX_FORM_LENGTH) &&
    optionalText(aliasOf, MAX_FORM_LENGTH) &&
    optionalText(role, MAX_ROLE_LENGTH) &&
    FLAGS.every((flag) => v[flag] === undefined || typeof v[flag] === 'boolean') &&
    isOffset(start) &&
    isOffset(end) &&
    end > start &&
    typeof form === 'string' &&
    form.length > 0 &&
    form.length <= MAX_FORM_LENGTH &&
    CUES.has(cue) &&
    typeof sentenceInitial === 'boolean'
  );
}
