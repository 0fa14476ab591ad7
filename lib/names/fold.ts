const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/** Folds a name for matching: case, accents, soft hyphens and spacing. */
export function foldName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED) cache.clear();
  const folded = fold(name);
  cache.set(name, folded);
  return folded;
}

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
