/** Number formats for the browser bench's tables. */

export const ms = (value: number): string =>
  Number.isFinite(value) ? `${Math.abs(value) < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : '—';

/** Each run's figure, in order. */
export const runs = (values: number[]): string => values.map((v) => v.toFixed(0)).join(', ');

export const share = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;

/** The bench's tables sit under a section title, one level in. */
export const INDENT = '    ';
