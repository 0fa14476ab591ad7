/**
 * How well a detected article root lines up with a reference article text,
 * compared as bags of lower-cased words. Word bags forgive what differs between
 * two extractions of the same article (whitespace, block breaks, the order of
 * a caption) and still punish missing paragraphs and extra rails.
 */

// Intl.Segmenter finds words in languages without spaces (the devset has a
// Japanese page), where a regex over letters would see one giant word.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

export function wordTokens(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFC'))) if (s.isWordLike) words.push(s.segment.toLowerCase());
  return words;
}

export function wordBag(words: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Size of the multiset intersection: each word counts as often as it is in both. */
export function bagOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return shared;
}

export interface RootFit {
  /** Words in the reference article. */
  referenceWords: number;
  /** Words in the detected root. */
  rootWords: number;
  /** Share of the article's words that the root holds; 0 when there is no root. */
  coverage: number;
  /** Share of the root's words that are not the article's; null when there is no root. */
  noise: number | null;
}

export function rootFit(referenceText: string, rootText: string): RootFit {
  const reference = wordTokens(referenceText);
  const root = wordTokens(rootText);
  const shared = bagOverlap(wordBag(reference), wordBag(root));
  return {
    referenceWords: reference.length,
    rootWords: root.length,
    coverage: reference.length > 0 ? shared / reference.length : 0,
    noise: root.length > 0 ? (root.length - shared) / root.length : null,
  };
}
