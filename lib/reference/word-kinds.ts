/**
 * Word classes: the kinds of thing a common noun may name, and the kind of
 * thing a reference entry is, each as a string of class letters built from
 * WordNet's hypernyms when the pack is built (scripts/pack/word-kinds.ts).
 *
 * Lower-case letters say what a thing is: p person, g place, c celestial body,
 * o group or organisation, v vehicle, w publication or other work, f building
 * or road, n animal or plant, x other artefact, e event or act, z anything
 * else. Upper-case letters say the field a person works in: S science and
 * scholarship, L politics and office, M the military, A arts, letters and
 * entertainment, T sport, B business, R religion, J law.
 */

/** The letters that say what a thing is, not a person's field. */
export const thingKinds = (kinds: string): string => kinds.replace(/[A-Z]/g, '');
/** The letters that say a person's field. */
export const personFields = (kinds: string): string => kinds.replace(/[a-z]/g, '');

const shares = (a: string, b: string): boolean => [...a].some((letter) => b.includes(letter));

/**
 * Whether what the article calls a thing (a noun's kinds) and what an entry is
 * (the entry's kinds) cannot be the same thing: no kind in common, or, for two
 * people, no field in common when both have one.
 */
export function kindsDisagree(said: string, entry: string): boolean {
  const [saidThing, entryThing] = [thingKinds(said), thingKinds(entry)];
  if (!saidThing || !entryThing) return false;
  if (!shares(saidThing, entryThing)) return true;
  if (!(saidThing === 'p' && entryThing.includes('p'))) return false;
  const [saidFields, entryFields] = [personFields(said), personFields(entry)];
  return saidFields.length > 0 && entryFields.length > 0 && !shares(saidFields, entryFields);
}

/** The kinds of the nouns in a description: a person's "American political scientist" gives the field S. */
export function kindsOfDescription(description: string, nounKinds: (word: string) => string | null): string {
  const letters = new Set<string>();
  for (const word of description.split(/[^\p{L}-]+/u)) {
    if (!/^\p{Ll}/u.test(word)) continue;
    for (const letter of nounKinds(word) ?? '') letters.add(letter);
  }
  return [...letters].sort().join('');
}

/** The stems a plural noun may come from: "schooners", "companies", "churches". */
export function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('men')) out.push(`${word.slice(0, -3)}man`);
  return out;
}

/** The value of a word in sorted "word\tvalue" lines, by binary search over the text itself. */
export function valueInSortedLines(text: string, word: string): string | null {
  if (word.length === 0 || /[\t\n]/.test(word)) return null;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const tab = text.indexOf('\t', start);
    const key = text.slice(start, tab >= 0 && tab < end ? tab : end);
    if (key === word) return tab >= 0 && tab < end ? text.slice(tab + 1, end) : '';
    if (key < word) lo = end + 1;
    else hi = start;
  }
  return null;
}
