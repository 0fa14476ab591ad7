/**
 * Quoted Title Case phrases are titles and slogans ("Revive the Spirit of
 * Mosul", "Rising Tide"): the capitals of their words prove nothing.
 */
const QUOTES = /["“”]/g;
const MAX_TITLE_LENGTH = 80;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from']);

/** Start and end offsets of each quoted Title Case phrase of two or more words. */
export function quotedTitles(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const m of text.matchAll(QUOTES)) {
    const at = m.index;
    // A closing curly quote never opens; a straight quote alternates.
    if (open < 0 && m[0] !== '”') {
      open = at;
      continue;
    }
    if (open < 0) continue;
    const inner = text.slice(open + 1, at);
    if (inner.length <= MAX_TITLE_LENGTH && !inner.includes('\n') && isTitleCase(inner)) spans.push([open + 1, at]);
    open = -1;
  }
  // ‘Skylanders Imaginators’: single curly quotes too, closed by a ’ that no letter follows (not "Sam’s").
  for (const m of text.matchAll(SINGLE_QUOTED)) {
    const inner = m[1] as string;
    if (isTitleCase(inner)) spans.push([m.index + 1, m.index + 1 + inner.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

const SINGLE_QUOTED = /‘([^‘’\n]{1,80})’(?!\p{L})/gu;

function isTitleCase(phrase: string): boolean {
  const words = phrase.split(/[\s\u00A0]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w)) || /^[^\p{L}]*[\p{Lu}\p{Lt}]/u.test(w));
}
