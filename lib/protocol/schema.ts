/**
 * A message's shape, stated once: each schema is a check that also carries the type it admits, so a message's
 * request type is read from the same declaration that checks it where it arrives (`Infer`).
 *
 * Written here rather than taken from a validator package: valibot, the smallest fit, adds about 1.9 kB gzip to
 * the content script for its three messages (measured), and the content script is at its size budget. These few
 * combinators are all the messages need: strict records, bounded texts and lists, fixed choices.
 */

/** A check of an untrusted value that, when it passes, tells the compiler the value's type. */
export type Schema<T> = (value: unknown) => value is T;

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A string of at most `max` characters; `nonBlank` also refuses one that is only white space. */
export const text =
  (max: number, nonBlank = false): Schema<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max && (!nonBlank || v.trim().length > 0);

export const flag: Schema<boolean> = (v): v is boolean => typeof v === 'boolean';

/** A whole number from `min` to `max`. */
export const whole =
  (min: number, max: number): Schema<number> =>
  (v): v is number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Exactly one of these values. */
export const oneOf =
  <const T>(values: readonly T[]): Schema<T> =>
  (v): v is T =>
    values.includes(v as T);

export const orNull =
  <T>(schema: Schema<T>): Schema<T | null> =>
  (v): v is T | null =>
    v === null || schema(v);

/** A list of at most `max` items, each admitted by `item`. */
export const list =
  <T>(item: Schema<T>, max: number): Schema<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every(item);

/** A further condition on a value the schema already admits, such as a total across a list. */
export const where =
  <T>(schema: Schema<T>, holds: (value: T) => boolean): Schema<T> =>
  (v): v is T =>
    schema(v) && holds(v);

type Fields = Record<string, Schema<unknown>>;
export type RecordOf<R extends Fields, O extends Fields = Record<never, never>> = {
  [K in keyof R]: Infer<R[K]>;
} & { [K in keyof O]?: Infer<O[K]> };

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A plain object with exactly these fields, and these optional ones: a field not declared is refused, not ignored,
 * so nothing a page adds rides along.
 */
export function record<R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional = {} as O,
): Schema<RecordOf<R, O>> {
  const fields: Fields = { ...optional, ...required };
  const admits = (v: Record<string, unknown>, key: string) =>
    (!Object.hasOwn(required, key) && v[key] === undefined) || (fields[key] as Schema<unknown>)(v[key]);
  return (v): v is RecordOf<R, O> =>
    isRecord(v) &&
    Object.keys(v).every((key) => Object.hasOwn(fields, key)) &&
    Object.keys(fields).every((key) => admits(v, key));
}
