import { memoize } from '../util/memoize';

/** Names folded so far; folding normalises Unicode, which is the costly step. */
const MAX_CACHED = 50_000;

/** Folds a name for matching: case, accents, soft hyphens and spacing. */
export const foldName: (name: string) => string = memoize(fold, MAX_CACHED);

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00AD]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The words of a folded name, for surname and first-name matching. */
export function nameWords(name: string): string[] {
  return foldName(name).split(/[\s]+/).filter(Boolean);
}
