/** Which type an entity gets when the reference data does not know it. */
import type { Candidate } from '../detect/find-names';
import { isAcronym } from '../detect/shapes';
import type { EntityType } from '../model';

/** The type most of the mentions' cues point to; a person cue wins over place hints. */
export function cueOf(candidates: Candidate[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  // An acronym is an organisation only by default: the name it stands for says more ("UNDRIP").
  // So is a place only by the preposition before it ("from Amal").
  for (const c of candidates)
    if (c.cue) counts.set(c.cue, (counts.get(c.cue) ?? 0) + (isAcronym(c.form) || c.weakCue ? 0.5 : 1));
  const person = counts.get('PERSON') ?? 0;
  const org = counts.get('ORG') ?? 0;
  if (person > 0 && person >= org) return 'PERSON';
  let best: EntityType | null = null;
  let bestCount = 0;
  for (const type of ['ORG', 'PLACE', 'TERM'] as const) {
    const n = counts.get(type) ?? 0;
    if (n > bestCount) [best, bestCount] = [type, n];
  }
  return best;
}

/** Surname endings of Slavic, Central Asian, Caucasian, Turkic, Balkan and Romanian names. */
const NAME_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);

const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|yev|yeva|enko|sky|skiy|ski|ska|skaya|yan|uly|kyzy|zoda|zade|oglu|oğlu|ović|ovic|vić|vic|escu|idze|dze|shvili|ovich|evich|ovna|evna|bekov|bekova)$/;

/**
 * Whether an unknown name reads as a person's: two to four words that start
 * with a known first name or end with a common surname ending.
 */
export function looksLikePerson(
  all: string[],
  isGivenName: (word: string) => boolean,
  isNameWord: (word: string) => boolean,
): boolean {
  // Particles ("da", "de", "bin") are part of many names but say nothing about them.
  const words = all.filter((w) => !NAME_PARTICLES.has(w));
  if (words.length < 2 || words.length > 4) return false;
  if (isGivenName(words[0] as string) || SURNAME_ENDING.test(words[words.length - 1] as string)) return true;
  // "Lina Sabbagh", "Kevin Njoroge": every word (or all but one of three or four) is a person's name.
  const named = words.filter(isNameWord).length;
  return named >= Math.max(2, words.length - 1);
}

/** Place-name endings of South and Central Asia, Russia and Europe: Faizabad, Gazipur, Volgograd, Shymkent. */
const PLACE_ENDING = /(?:abad|pur|pura|garh|nagar|grad|gorod|burg|bourg|ville|polis|stan|shahr|kent|kand|sk|ograd)$/;

/** Whether a one-word name that nothing else explains reads as a place's. */
export function looksLikePlace(word: string): boolean {
  return word.length >= 5 && PLACE_ENDING.test(word);
}

/**
 * Personal-name shapes that need no list: initials ("J. K. Rowling", "Chang W.
 * Lee") and the hyphenated given names of Korea ("Choi Sang-mok", "Min-ji Seo").
 */
export function hasPersonalShape(form: string): boolean {
  const words = form.split(/[\s\u00A0]+/);
  if (words.length < 2 || words.length > 4) return false;
  if (/^\p{Lu}\.$/u.test(words[0] as string) || words.some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w))) return true;
  // "Chang W. Lee", "Richard M. Stallman": a middle initial.
  return words.length === 3 && /^\p{Lu}\.$/u.test(words[1] as string) && /^\p{Lu}\p{Ll}/u.test(words[2] as string);
}
