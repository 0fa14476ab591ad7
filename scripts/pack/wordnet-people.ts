/**
 * The forms a WordNet person is known by in the news: every word of the
 * synset ("Obama", "Barack Hussein Obama"), and the full names without their
 * middle names ("Barack Obama", "John F. Kennedy"), so that the name an
 * article writes fits the entry.
 */
import { PERSON_TITLES } from '../../lib/detect/lexicon/person-words';
import { foldName } from '../../lib/names/fold';

export interface PersonForms {
  name: string;
  aliases: string[];
}

/**
 * `isRisky` tells a one-word form that in an article far more often means
 * something or someone else: an ordinary word ("Day", "Bush") or a first name ("Ali").
 */
export function personForms(words: string[], isRisky: (word: string) => boolean): PersonForms {
  const full = words.filter((w) => w.includes(' '));
  // "Obama", "JFK"; not "Day" or "Ali".
  const single = words.filter(
    (w) => !w.includes(' ') && (w.length >= 4 || /^\p{Lu}{3}$/u.test(w)) && /^\p{Lu}/u.test(w) && !isRisky(w),
  );
  const derived = full.flatMap(withoutMiddleNames);
  const name = personName(words);
  const aliases = [...new Set([...full, ...single, ...derived])].filter((a) => a !== name);
  return { name, aliases };
}

/**
 * "Vladimir Putin" rather than "Putin" or "Vladimir Vladimirovich Putin": the
 * given name and surname of the fullest form, where the synset has them
 * ("John Fitzgerald Kennedy", not "Jack Kennedy"), else the fullest form.
 */
function personName(words: string[]): string {
  const untitled = words.filter((w) => !PERSON_TITLES.has(foldName(w.split(' ')[0] as string)));
  const fullest = (untitled.length > 0 ? untitled : words).reduce((a, b) =>
    b.split(' ').length > a.split(' ').length ? b : a,
  );
  const [given] = fullest.split(' ');
  const two = words.find((w) => w.split(' ').length === 2 && w.startsWith(`${given} `));
  return two ?? fullest;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * "Barack Hussein Obama" gives "Barack Obama" and "Barack H. Obama". Only a
 * plain given name, middle names and surname qualify: no particles ("de"),
 * titles or suffixes ("Jr."), whose short forms people do not use.
 */
function withoutMiddleNames(full: string): string[] {
  const words = full.split(' ');
  if (words.length < 3 || words.length > 4) return [];
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  const middle = words.slice(1, -1);
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || !middle.every((w) => NAME_WORD.test(w) || INITIAL.test(w)))
    return [];
  const initials = middle.map((w) => `${w[0]}.`).join(' ');
  return [`${first} ${last}`, `${first} ${initials} ${last}`];
}
