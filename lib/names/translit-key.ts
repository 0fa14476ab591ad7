/**
 * The folded transliteration key for proper names: spellings of one name in
 * different romanisations, or in Cyrillic, share a key (Nazarbaev, Nazarbayev
 * and Назарбаев; Qasym-Zhomart and Kassym-Jomart; Maks and Max). Never used
 * for common words, and a key shared by two reference entries is ambiguous.
 */
import anyAscii from 'any-ascii';
import { memoize } from '../util/memoize';

// Applied in order to each lower-case ASCII word.
const RULES: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/(?<=.)kh/g, 'h'], // word-initial Kh stays: Khan is not Han
  [/^ye/g, 'e'],
  [/(?<=[aeiou])yo/g, 'e'],
  [/(?<=[aeiou])y(?=[aeiou])/g, ''], // the y-glide: Nazarbayev, Tokayev
  [/(.)\1+/g, '$1'], // doubled letters: Kassym, Zelenskyy
  [/iy$/g, 'i'],
  [/ey$/g, 'ei'], // Sergey, Sergei
  [/(?<=[^aeiouy])y$/g, 'i'], // Zelensky, Zelenskiy, Зеленский
];

/** Names repeat within an article and across articles; transliteration is the costly step. */
const MAX_CACHED_KEYS = 50_000;

export const translitKey: (name: string) => string = memoize(computeKey, MAX_CACHED_KEYS);

function computeKey(name: string): string {
  const ascii = anyAscii(name.normalize('NFC').replace(/\u00AD/g, '')).toLowerCase();
  return ascii
    .split(/[^a-z0-9']+/)
    .filter(Boolean)
    .map((word) => RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word.replace(/'/g, '')))
    .join(' ');
}
