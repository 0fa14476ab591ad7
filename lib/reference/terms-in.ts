/** The known term phrases whose every word is among the given words. */
import type { ReferenceIndex } from './reference-index';

export function termsIn(words: readonly string[], reference: ReferenceIndex): string[] {
  const present = new Set(words);
  return reference.terms.filter((phrase) => phrase.split(' ').every((w) => present.has(w)));
}
