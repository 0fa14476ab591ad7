/** Builds a lookup set from a whitespace-separated list. */
export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));
