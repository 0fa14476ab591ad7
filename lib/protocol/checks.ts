/** Shape checks for message fields, so that the protocol file reads as a list of messages. */
import type { Candidate } from '../detect/find-names';
import { ENTITY_TYPES, type EntityType, MAX_FORM_LENGTH } from '../model';

export { MAX_FORM_LENGTH };
export const MAX_ROLE_LENGTH = 400;
/** Offsets beyond this cannot come from a page we would scan. */
const MAX_OFFSET = 50_000_000;
const CUES: ReadonlySet<unknown> = new Set<EntityType | null>([...ENTITY_TYPES, null]);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_OFFSET;

const FLAGS = ['commonWord', 'weakCue', 'inQuotedTitle', 'foreign', 'groupWord', 'commaNext', 'dateline'] as const;

export function isCandidate(v: unknown): v is Candidate {
  if (!isRecord(v)) return false;
  const { start, end, form, cue, sentenceInitial, fullName, role, aliasOf, descriptor } = v;
  const optionalText = (t: unknown, max: number) => t === undefined || (typeof t === 'string' && t.length <= max);
  return (
    optionalText(fullName, MAX_FORM_LENGTH) &&
    optionalText(aliasOf, MAX_FORM_LENGTH) &&
    optionalText(role, MAX_ROLE_LENGTH) &&
    optionalText(descriptor, MAX_FORM_LENGTH) &&
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

export const hasOnly = (record: object, fields: readonly string[]) =>
  Object.keys(record).every((k) => fields.includes(k));

/** A message is exactly a type and its data: extra fields are refused, not ignored. */
export const isEnvelope = (raw: unknown): raw is { type: unknown; data: Record<string, unknown> } =>
  isRecord(raw) && isRecord(raw.data) && hasOnly(raw, ['type', 'data']);

/** The refusals every handler gives before it reads a message: not shaped as ours, or not sent by us. */
export const NOT_A_MESSAGE = { ok: false as const, error: 'not a Backstory message' };
export const NOT_FROM_US = { ok: false as const, error: 'sender is not Backstory' };

/** A refusal names the type it refused, cut short: a refusal is never bigger than a line. */
const MAX_ECHOED_TYPE = 40;

export const unknownType = (type: unknown) => ({
  ok: false as const,
  error: `unknown message type: ${typeof type === 'string' ? type.slice(0, MAX_ECHOED_TYPE) : typeof type}`,
});
