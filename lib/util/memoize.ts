/**
 * Remembers a function's answers for string inputs, up to a bound: the
 * background answers page after page, and the same names come back. Past the
 * bound the memory starts over rather than growing without end.
 */
export function memoize<T>(compute: (input: string) => T, maxEntries: number): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    if (cache.has(input)) return cache.get(input) as T;
    if (cache.size >= maxEntries) cache.clear();
    const value = compute(input);
    cache.set(input, value);
    return value;
  };
}
